package io.eddy.runtime.operators.join;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestoresTwoInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowCondition;
import io.eddy.runtime.harness.OperatorTestSupport;
import io.eddy.runtime.harness.TwoInputOperatorHarness;
import io.eddy.runtime.operator.OperatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamingJoinOperatorTest {

    static final RowSchema LEFT = RowSchema.of("id", FieldType.BIGINT, "l", FieldType.STRING);
    static final RowSchema RIGHT = RowSchema.of("rid", FieldType.BIGINT, "r", FieldType.STRING);

    static OperatorFactory join(JoinType type, RowCondition condition) {
        return () -> new StreamingJoinOperator(spec(type, condition));
    }

    static JoinSpec spec(JoinType type, RowCondition condition) {
        return new JoinSpec(type, LEFT, RIGHT, new FieldKeySelector(LEFT, 0), new FieldKeySelector(RIGHT, 0), condition);
    }

    private static List<String> run(OperatorFactory factory, OperatorTestSupport.Script<TwoInputOperatorHarness> script)
            throws Exception {
        return assertSameOutputWithRestoresTwoInput(factory, script).stream().map(Object::toString).toList();
    }

    @Test
    void innerJoinKeepsTheInputRowKinds() throws Exception {
        List<String> out = run(join(JoinType.INNER, null), h -> {
            h.processElements1(LEFT, "+I[1, a]");
            h.processElements2(RIGHT, "+I[1, x]", "+I[2, y]");
            h.processElements1(LEFT, "-U[1, a]", "+U[1, b]");
            h.processElements2(RIGHT, "-D[1, x]");
            h.processElements1(LEFT, "+I[2, c]", "-D[2, c]", "-D[3, never-seen]");
        });
        assertThat(out).containsExactly(
                "+I[1, a, 1, x]",
                "-U[1, a, 1, x]", "+U[1, b, 1, x]",
                "-D[1, b, 1, x]",
                "+I[2, c, 2, y]", "-D[2, c, 2, y]");
    }

    @Test
    void duplicateRowsJoinOncePerOccurrence() throws Exception {
        List<String> out = run(join(JoinType.INNER, null), h -> {
            h.processElements1(LEFT, "+I[1, a]", "+I[1, a]");
            h.processElements2(RIGHT, "+I[1, x]");
            h.processElements1(LEFT, "-D[1, a]");
            h.processElements2(RIGHT, "-D[1, x]");
        });
        assertThat(out).containsExactly(
                "+I[1, a, 1, x]", "+I[1, a, 1, x]", "-D[1, a, 1, x]", "-D[1, a, 1, x]");
    }

    /** As Flink: accumulating rows of the inner side emit +I when the other side is outer, retractions keep their kind. */
    @Test
    void leftJoinPadsAndRetractsThePaddingWhenMatchesComeAndGo() throws Exception {
        List<String> out = run(join(JoinType.LEFT, null), h -> {
            h.processElements1(LEFT, "+I[1, a]");
            h.processElements2(RIGHT, "+I[1, x]");
            h.processElements2(RIGHT, "+I[1, y]");
            h.processElements2(RIGHT, "-D[1, x]");
            h.processElements2(RIGHT, "-U[1, y]");
            h.processElements2(RIGHT, "+U[1, z]");
            h.processElements1(LEFT, "-U[1, a]", "+U[1, b]");
            h.processElements2(RIGHT, "-D[1, z]");
            h.processElements1(LEFT, "-D[1, b]");
        });
        assertThat(out).containsExactly(
                "+I[1, a, null, null]",
                "-D[1, a, null, null]", "+I[1, a, 1, x]",
                "+I[1, a, 1, y]",
                "-D[1, a, 1, x]",
                "-U[1, a, 1, y]", "+I[1, a, null, null]",
                "-D[1, a, null, null]", "+I[1, a, 1, z]",
                "-D[1, a, 1, z]", "+I[1, b, 1, z]",
                "-D[1, b, 1, z]", "+I[1, b, null, null]",
                "-D[1, b, null, null]");
    }

    @Test
    void rightJoinMirrorsTheLeftJoin() throws Exception {
        List<String> out = run(join(JoinType.RIGHT, null), h -> {
            h.processElements2(RIGHT, "+I[1, x]");
            h.processElements1(LEFT, "+I[1, a]");
            h.processElements1(LEFT, "-D[1, a]");
            h.processElements2(RIGHT, "-D[1, x]");
        });
        assertThat(out).containsExactly(
                "+I[null, null, 1, x]",
                "-D[null, null, 1, x]", "+I[1, a, 1, x]",
                "-D[1, a, 1, x]", "+I[null, null, 1, x]",
                "-D[null, null, 1, x]");
    }

    @Test
    void fullJoinPadsBothSides() throws Exception {
        List<String> out = run(join(JoinType.FULL, null), h -> {
            h.processElements1(LEFT, "+I[1, a]");
            h.processElements2(RIGHT, "+I[2, y]");
            h.processElements2(RIGHT, "+I[1, x]");
            h.processElements1(LEFT, "-D[1, a]");
            h.processElements1(LEFT, "+I[2, b]");
            h.processElements2(RIGHT, "-D[2, y]");
        });
        assertThat(out).containsExactly(
                "+I[1, a, null, null]",
                "+I[null, null, 2, y]",
                "-D[1, a, null, null]", "+I[1, a, 1, x]",
                "-D[1, a, 1, x]", "+I[null, null, 1, x]",
                "-D[null, null, 2, y]", "+I[2, b, 2, y]",
                "-D[2, b, 2, y]", "+I[2, b, null, null]");
    }

    @Test
    void paddingOfEachDuplicateOuterRowIsRetractedNextToItsJoinedRow() throws Exception {
        List<String> out = run(join(JoinType.LEFT, null), h -> {
            h.processElements1(LEFT, "+I[1, a]", "+I[1, a]");
            h.processElements2(RIGHT, "+I[1, x]", "+I[1, y]");
            h.processElements2(RIGHT, "-D[1, x]", "-D[1, y]");
        });
        assertThat(out).containsExactly(
                "+I[1, a, null, null]", "+I[1, a, null, null]",
                "-D[1, a, null, null]", "+I[1, a, 1, x]", "-D[1, a, null, null]", "+I[1, a, 1, x]",
                "+I[1, a, 1, y]", "+I[1, a, 1, y]",
                "-D[1, a, 1, x]", "-D[1, a, 1, x]",
                "-D[1, a, 1, y]", "+I[1, a, null, null]", "-D[1, a, 1, y]", "+I[1, a, null, null]");
    }

    @Test
    void nonEquiConditionFiltersCandidatePairs() throws Exception {
        RowCondition differentText = (left, right) -> !left.getString(1).equals(right.getString(1));
        List<String> out = run(join(JoinType.LEFT, differentText), h -> {
            h.processElements2(RIGHT, "+I[1, a]");
            h.processElements1(LEFT, "+I[1, a]");
            h.processElements2(RIGHT, "+I[1, b]");
            h.processElements2(RIGHT, "-D[1, a]");
            h.processElements2(RIGHT, "-D[1, b]");
        });
        assertThat(out).containsExactly(
                "+I[1, a, null, null]",
                "-D[1, a, null, null]", "+I[1, a, 1, b]",
                "-D[1, a, 1, b]", "+I[1, a, null, null]");
    }

    @Test
    void nullKeysMatchNothingUnlessComparedNullSafely() throws Exception {
        List<String> out = run(join(JoinType.LEFT, null), h -> {
            h.processElements2(RIGHT, "+I[null, x]");
            h.processElements1(LEFT, "+I[null, a]", "-D[null, a]");
        });
        assertThat(out).containsExactly("+I[null, a, null, null]", "-D[null, a, null, null]");
        JoinSpec nullSafe = new JoinSpec(JoinType.INNER, LEFT, RIGHT, new FieldKeySelector(LEFT, 0),
                new FieldKeySelector(RIGHT, 0), null, Set.of(0));
        List<String> joined = run(() -> new StreamingJoinOperator(nullSafe), h -> {
            h.processElements2(RIGHT, "+I[null, x]");
            h.processElements1(LEFT, "+I[null, a]");
        });
        assertThat(joined).containsExactly("+I[null, a, null, x]");
    }

    @Test
    void rejectsKeysOfDifferentTypesAndUnsupportedJoinTypes() {
        RowSchema textKeyed = RowSchema.of("name", FieldType.STRING);
        assertThatThrownBy(() -> new JoinSpec(JoinType.INNER, LEFT, textKeyed, new FieldKeySelector(LEFT, 0),
                new FieldKeySelector(textKeyed, 0), null))
                .hasMessage("the join keys (id BIGINT) and (name STRING) differ; cast both sides to the same types");
        assertThatThrownBy(() -> new JoinSpec(JoinType.INNER, LEFT, RIGHT, new FieldKeySelector(LEFT, 0),
                new FieldKeySelector(RIGHT, 0), null, Set.of(1)))
                .hasMessage("null-safe key 1 is not a position in the key (id BIGINT)");
        assertThatThrownBy(() -> new StreamingJoinOperator(spec(JoinType.SEMI, null)))
                .hasMessage("a regular join does not support SEMI joins; it supports [INNER, LEFT, RIGHT, FULL]");
    }

    @Test
    void stateExpiresAfterTheConfiguredTtl() throws Exception {
        Configuration configuration = new Configuration().set(RuntimeOptions.STATE_TTL, "100 ms");
        try (TwoInputOperatorHarness h = new TwoInputOperatorHarness(join(JoinType.INNER, null)).configuration(configuration)) {
            h.open();
            h.setProcessingTime(0);
            h.processElements1(LEFT, "+I[1, a]");
            h.setProcessingTime(50);
            h.processElements2(RIGHT, "+I[1, x]");
            h.setProcessingTime(120);
            h.processElements2(RIGHT, "+I[1, y]");
            h.processElements1(LEFT, "+I[1, b]");
            assertThat(h.recordStrings()).containsExactly("+I[1, a, 1, x]", "+I[1, b, 1, x]", "+I[1, b, 1, y]");
        }
    }
}

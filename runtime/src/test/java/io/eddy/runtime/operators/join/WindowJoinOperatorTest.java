package io.eddy.runtime.operators.join;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestoresTwoInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowCondition;
import io.eddy.runtime.harness.TwoInputOperatorHarness;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.OperatorSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowJoinOperatorTest {

    static final RowSchema LEFT = RowSchema.of("id", FieldType.BIGINT, "l", FieldType.STRING,
            "window_start", FieldType.BIGINT, "window_end", FieldType.BIGINT);
    static final RowSchema RIGHT = RowSchema.of("id", FieldType.BIGINT, "r", FieldType.STRING,
            "window_start", FieldType.BIGINT, "window_end", FieldType.BIGINT);

    static JoinSpec spec(JoinType type, RowCondition condition) {
        return new JoinSpec(type, LEFT, RIGHT, new FieldKeySelector(LEFT, 0), new FieldKeySelector(RIGHT, 0), condition);
    }

    static OperatorFactory join(JoinType type, RowCondition condition) {
        return () -> new WindowJoinOperator(spec(type, condition), 3, 3);
    }

    @Test
    void fullJoinFiresEachWindowWhenTheWatermarkReachesItsEnd() throws Exception {
        List<String> out = assertSameOutputWithRestoresTwoInput(join(JoinType.FULL, null), h -> {
            h.processElements1(LEFT, "+I[1, a, 0, 10]", "+I[2, b, 0, 10]");
            h.processElements2(RIGHT, "+I[1, x, 0, 10]", "+I[3, z, 0, 10]", "+I[1, y, 10, 20]");
            h.processWatermark1(8);
            h.processWatermark2(8);
            h.processWatermark1(9);
            h.processWatermark2(9);
            h.processElements1(LEFT, "+I[1, late, 0, 10]");
            h.processElements1(LEFT, "+I[1, d, 10, 20]");
            h.endInput();
        }).stream().map(Object::toString).toList();
        assertThat(out).containsExactly(
                "W(8)",
                "+I[1, a, 0, 10, 1, x, 0, 10]",
                "+I[2, b, 0, 10, null, null, null, null]",
                "+I[null, null, null, null, 3, z, 0, 10]",
                "W(9)",
                "+I[1, d, 10, 20, 1, y, 10, 20]",
                "W(MAX)");
    }

    @Test
    void innerLeftAndRightJoinsPadOnlyTheirOuterSide() throws Exception {
        RowCondition differentText = (left, right) -> !left.getString(1).equals(right.getString(1));
        String[] lefts = {"+I[1, same, 0, 10]", "+I[1, a, 0, 10]"};
        String[] rights = {"+I[1, same, 0, 10]"};
        for (JoinType type : List.of(JoinType.INNER, JoinType.LEFT, JoinType.RIGHT)) {
            try (TwoInputOperatorHarness h = new TwoInputOperatorHarness(join(type, differentText)).open()) {
                h.processElements1(LEFT, lefts).processElements2(RIGHT, rights).endInput();
                List<String> expected = switch (type) {
                    case INNER, RIGHT -> List.of("+I[1, a, 0, 10, 1, same, 0, 10]");
                    default -> List.of("+I[1, same, 0, 10, null, null, null, null]", "+I[1, a, 0, 10, 1, same, 0, 10]");
                };
                assertThat(h.recordStrings()).as(type.toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    void semiAndAntiJoinsEmitLeftRowsByWhetherTheirWindowHasAMatch() throws Exception {
        for (JoinType type : List.of(JoinType.SEMI, JoinType.ANTI)) {
            List<String> out = assertSameOutputWithRestoresTwoInput(join(type, null), h -> {
                h.processElements1(LEFT, "+I[1, a, 0, 10]", "+I[2, b, 0, 10]", "+I[1, c, 10, 20]", "+I[null, n, 0, 10]");
                h.processElements2(RIGHT, "+I[1, x, 0, 10]", "+I[1, y, 0, 10]", "+I[2, z, 10, 20]");
                h.endInput();
            }).stream().map(Object::toString).toList();
            assertThat(out).as(type.toString()).isEqualTo(type == JoinType.SEMI
                    ? List.of("+I[1, a, 0, 10]", "W(MAX)")
                    : List.of("+I[null, n, 0, 10]", "+I[2, b, 0, 10]", "+I[1, c, 10, 20]", "W(MAX)"));
        }
    }

    @Test
    void lateRowsAreCountedAndFiredWindowsLeaveNoState() throws Exception {
        try (TwoInputOperatorHarness h = new TwoInputOperatorHarness(join(JoinType.INNER, null)).open()) {
            h.processElements1(LEFT, "+I[1, a, 0, 10]");
            h.processElements2(RIGHT, "+I[1, x, 0, 10]");
            h.processWatermark1(9).processWatermark2(9);
            h.processElements2(RIGHT, "+I[1, late, 0, 10]");
            OperatorSnapshot snapshot = h.snapshot();
            assertThat(snapshot.keyedState()).isEmpty();
            assertThat(snapshot.timers()).isEmpty();
            assertThat(h.metrics().counter(WindowJoinOperator.LATE_RECORDS_DROPPED).get()).isEqualTo(1);
        }
        try (TwoInputOperatorHarness h = new TwoInputOperatorHarness(join(JoinType.FULL, null)).open()) {
            assertThatThrownBy(() -> h.processElements1(LEFT, "-D[1, a, 0, 10]"))
                    .hasMessage("a window join takes append-only inputs but got -D[1, a, 0, 10]");
            h.processElements1(LEFT, "+I[null, null-key, 0, 10]");
            assertThat(h.recordStrings()).containsExactly("+I[null, null-key, 0, 10, null, null, null, null]");
        }
    }
}

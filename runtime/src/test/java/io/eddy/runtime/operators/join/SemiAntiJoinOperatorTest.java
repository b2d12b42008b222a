package io.eddy.runtime.operators.join;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestoresTwoInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.function.RowCondition;
import io.eddy.runtime.harness.OperatorTestSupport;
import io.eddy.runtime.harness.TwoInputOperatorHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Left rows of one key that change together come out in the state's (stable) iteration order. */
class SemiAntiJoinOperatorTest {

    private static final OperatorTestSupport.Script<TwoInputOperatorHarness> SCRIPT = h -> {
        h.processElements1(StreamingJoinOperatorTest.LEFT, "+I[1, a]");
        h.processElements2(StreamingJoinOperatorTest.RIGHT, "+I[1, x]", "+I[1, y]");
        h.processElements1(StreamingJoinOperatorTest.LEFT, "+I[1, b]", "+I[2, c]");
        h.processElements2(StreamingJoinOperatorTest.RIGHT, "-D[1, x]", "-U[1, y]");
        h.processElements2(StreamingJoinOperatorTest.RIGHT, "+U[1, z]");
        h.processElements1(StreamingJoinOperatorTest.LEFT, "-D[1, a]", "-D[2, c]");
    };

    private static List<String> run(JoinType type, RowCondition condition) throws Exception {
        JoinSpec spec = StreamingJoinOperatorTest.spec(type, condition);
        return assertSameOutputWithRestoresTwoInput(() -> new SemiAntiJoinOperator(spec), SCRIPT)
                .stream().map(Object::toString).toList();
    }

    @Test
    void semiJoinEmitsLeftRowsWhileTheyHaveAMatch() throws Exception {
        assertThat(run(JoinType.SEMI, null)).containsExactly(
                "+I[1, a]",
                "+I[1, b]",
                "-U[1, b]", "-U[1, a]",
                "+U[1, b]", "+U[1, a]",
                "-D[1, a]");
    }

    @Test
    void antiJoinEmitsLeftRowsWhileTheyHaveNoMatch() throws Exception {
        assertThat(run(JoinType.ANTI, null)).containsExactly(
                "+I[1, a]",
                "-D[1, a]",
                "+I[2, c]",
                "+I[1, b]", "+I[1, a]",
                "-D[1, b]", "-D[1, a]",
                "-D[2, c]");
    }

    @Test
    void theConditionDecidesWhichRightRowsCount() throws Exception {
        RowCondition onlyZ = (left, right) -> right.getString(1).equals("z");
        assertThat(run(JoinType.SEMI, onlyZ)).containsExactly("+U[1, b]", "+U[1, a]", "-D[1, a]");
    }

    @Test
    void aNullKeyNeverMatches() throws Exception {
        for (JoinType type : List.of(JoinType.SEMI, JoinType.ANTI)) {
            JoinSpec spec = StreamingJoinOperatorTest.spec(type, null);
            List<String> out = assertSameOutputWithRestoresTwoInput(() -> new SemiAntiJoinOperator(spec), h -> {
                h.processElements2(StreamingJoinOperatorTest.RIGHT, "+I[null, x]");
                h.processElements1(StreamingJoinOperatorTest.LEFT, "+I[null, a]", "-D[null, a]");
            }).stream().map(Object::toString).toList();
            assertThat(out).as(type.toString())
                    .isEqualTo(type == JoinType.ANTI ? List.of("+I[null, a]", "-D[null, a]") : List.of());
        }
    }

    @Test
    void rejectsOtherJoinTypes() {
        assertThatThrownBy(() -> new SemiAntiJoinOperator(StreamingJoinOperatorTest.spec(JoinType.LEFT, null)))
                .hasMessage("a semi/anti join does not support LEFT joins; it supports [SEMI, ANTI]");
    }
}

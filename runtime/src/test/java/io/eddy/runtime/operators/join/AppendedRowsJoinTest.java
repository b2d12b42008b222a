package io.eddy.runtime.operators.join;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestoresTwoInput;
import static io.eddy.runtime.operators.join.StreamingJoinOperatorTest.LEFT;
import static io.eddy.runtime.operators.join.StreamingJoinOperatorTest.RIGHT;
import static io.eddy.runtime.operators.join.StreamingJoinOperatorTest.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.function.RowCondition;
import io.eddy.runtime.harness.OperatorTestSupport;
import io.eddy.runtime.harness.TwoInputOperatorHarness;
import io.eddy.runtime.operator.OperatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A regular join told that its inputs only insert keeps the rows of each such inner side appended to
 * a list: it must give the rows of the counting state (the rows of one key may come in another
 * order), with snapshots and restores between the steps, and fail clearly if an input marked
 * insert-only retracts after all.
 */
class AppendedRowsJoinTest {

    private static OperatorFactory join(JoinType type, RowCondition condition, boolean leftInsertOnly,
                                        boolean rightInsertOnly) {
        return () -> new StreamingJoinOperator(spec(type, condition), leftInsertOnly, rightInsertOnly);
    }

    private static List<String> run(OperatorFactory factory, OperatorTestSupport.Script<TwoInputOperatorHarness> script)
            throws Exception {
        return assertSameOutputWithRestoresTwoInput(factory, script).stream().map(Object::toString).toList();
    }

    /** Random inserts on both sides, keys 0–4, duplicates included. */
    private static OperatorTestSupport.Script<TwoInputOperatorHarness> randomInserts(long seed) {
        Random random = new Random(seed);
        List<String[]> steps = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            boolean left = random.nextBoolean();
            String row = "+I[" + random.nextInt(5) + ", " + (char) ('a' + random.nextInt(3)) + "]";
            steps.add(new String[] {left ? "L" : "R", row});
        }
        return h -> {
            for (String[] step : steps) {
                if (step[0].equals("L")) {
                    h.processElements1(LEFT, step[1]);
                } else {
                    h.processElements2(RIGHT, step[1]);
                }
            }
        };
    }

    @Test
    void anInnerJoinOfInsertOnlyInputsGivesTheSameRowsAsTheCountingState() throws Exception {
        RowCondition condition = (left, right) -> !left.getString(1).equals(right.getString(1));
        for (long seed = 1; seed <= 5; seed++) {
            List<String> counted = run(join(JoinType.INNER, condition, false, false), randomInserts(seed));
            List<String> appended = run(join(JoinType.INNER, condition, true, true), randomInserts(seed));
            assertThat(appended).as("seed %s", seed).isNotEmpty().containsExactlyInAnyOrderElementsOf(counted);
        }
    }

    @Test
    void anOuterSideKeepsCountingWhileItsInsertOnlyInnerSideAppends() throws Exception {
        for (JoinType type : new JoinType[] {JoinType.LEFT, JoinType.RIGHT, JoinType.FULL}) {
            for (long seed = 1; seed <= 3; seed++) {
                List<String> counted = run(join(type, null, false, false), randomInserts(seed));
                List<String> appended = run(join(type, null, true, true), randomInserts(seed));
                assertThat(appended).as("%s join, seed %s", type, seed).containsExactlyInAnyOrderElementsOf(counted);
            }
        }
    }

    @Test
    void aRetractionFromAnInputMarkedInsertOnlyFailsNamingTheState() {
        assertThatThrownBy(() -> run(join(JoinType.INNER, null, true, false), h -> {
            h.processElements1(LEFT, "+I[1, a]");
            h.processElements1(LEFT, "-D[1, a]");
        })).hasMessageContaining("join state 'left-rows'").hasMessageContaining("-D");
    }
}

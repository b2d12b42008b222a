package io.eddy.runtime.operators.rank;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.operator.OperatorFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Top-N by RANK() and DENSE_RANK(): ties share a rank; the output is the difference of the ranked rows. */
class TiedRankTopNOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("cat", FieldType.STRING, "item", FieldType.STRING, "score", FieldType.BIGINT);
    private static final FieldKeySelector BY_CAT = new FieldKeySelector(INPUT, 0);
    private static final SortSpec SCORE_DESC = SortSpec.of(SortField.descending(2));

    private static OperatorFactory topN(RankType type, RankRange range, boolean rankNumber, boolean appendOnly) {
        TopNSpec spec = new TopNSpec(BY_CAT, INPUT, SCORE_DESC, range, rankNumber);
        return () -> TopNOperator.create(spec, type, appendOnly);
    }

    private static List<String> run(OperatorFactory factory, String... rows) throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(factory, harness -> harness.processElements(INPUT, rows));
        return events.stream().map(Object::toString).toList();
    }

    @Test
    void rankKeepsEveryTieAndLeavesAGapAfterThem() throws Exception {
        assertThat(run(topN(RankType.RANK, RankRange.top(2), true, true),
                "+I[a, x, 10]", "+I[a, y, 20]", "+I[a, z, 20]", "+I[a, w, 30]", "+I[b, v, 1]"))
                .containsExactly(
                        "+I[a, x, 10, 1]",
                        "-D[a, x, 10, 1]", "+I[a, y, 20, 1]", "+I[a, x, 10, 2]",
                        // z ties with y: both rank 1, x falls to rank 3
                        "-D[a, x, 10, 2]", "+I[a, z, 20, 1]",
                        // w takes rank 1, the tied pair moves to 2 together
                        "-D[a, y, 20, 1]", "-D[a, z, 20, 1]", "+I[a, w, 30, 1]", "+I[a, y, 20, 2]", "+I[a, z, 20, 2]",
                        "+I[b, v, 1, 1]");
    }

    @Test
    void denseRankLeavesNoGap() throws Exception {
        assertThat(run(topN(RankType.DENSE_RANK, RankRange.top(2), true, true),
                "+I[a, x, 10]", "+I[a, y, 20]", "+I[a, z, 20]", "+I[a, u, 5]"))
                .containsExactly(
                        "+I[a, x, 10, 1]",
                        "-D[a, x, 10, 1]", "+I[a, y, 20, 1]", "+I[a, x, 10, 2]",
                        "+I[a, z, 20, 1]");
    }

    @Test
    void withoutTheRankNumberOnlyRowsEnteringOrLeavingTheRangeAreEmitted() throws Exception {
        assertThat(run(topN(RankType.RANK, RankRange.top(1), false, true),
                "+I[a, x, 10]", "+I[a, y, 10]", "+I[a, z, 5]", "+I[a, w, 11]"))
                .containsExactly(
                        "+I[a, x, 10]",
                        "+I[a, y, 10]",
                        "-D[a, x, 10]", "-D[a, y, 10]", "+I[a, w, 11]");
    }

    @Test
    void retractionsMoveTiedRowsBackIntoTheRange() throws Exception {
        assertThat(run(topN(RankType.DENSE_RANK, new RankRange(2, 2), true, false),
                "+I[a, x, 30]", "+I[a, y, 20]", "+I[a, z, 20]", "+I[a, u, 10]", "-D[a, x, 30]", "-U[a, y, 20]", "+U[a, y, 40]",
                "-D[a, nothing, 99]"))
                .containsExactly(
                        "+I[a, y, 20, 2]",
                        "+I[a, z, 20, 2]",
                        // x leaves: the 20s move to rank 1 (out of range), u moves up to rank 2
                        "-D[a, y, 20, 2]", "-D[a, z, 20, 2]", "+I[a, u, 10, 2]",
                        // y leaves: z alone at rank 1, u still rank 2; y comes back at 40: z is rank 2, u rank 3
                        "-D[a, u, 10, 2]", "+I[a, z, 20, 2]");
    }

    @Test
    void appendOnlyStateDropsRowsRankedAfterTheRange() throws Exception {
        String[] rows = {"+I[a, x, 10]", "+I[a, y, 20]", "+I[a, z, 5]", "+I[a, u, 1]"};
        int appendOnly;
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(topN(RankType.RANK, RankRange.top(1), true, true)).open()) {
            harness.processElements(INPUT, rows);
            appendOnly = stateBytes(harness);
            assertThatThrownBy(() -> harness.processElements(INPUT, "-D[a, y, 20]"))
                    .hasMessage("append-only Top-N received -D[a, y, 20]; changelog input needs the retracting Top-N");
        }
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(topN(RankType.RANK, RankRange.top(1), true, false)).open()) {
            harness.processElements(INPUT, rows);
            assertThat(appendOnly).isLessThan(stateBytes(harness));
        }
    }

    private static int stateBytes(OneInputOperatorHarness harness) throws Exception {
        return harness.snapshot().keyedState().values().stream().mapToInt(bytes -> bytes.length).sum();
    }
}

package io.eddy.runtime.operators.rank;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operators.rank.DeduplicateOperator.Keep;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowRankOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("window_start", FieldType.timestamp(3), "window_end", FieldType.timestamp(3),
            "cat", FieldType.STRING, "item", FieldType.STRING, "score", FieldType.BIGINT, "ts", FieldType.timestamp(3));
    private static final FieldKeySelector BY_CAT = new FieldKeySelector(INPUT, 2);
    private static final String W1 = "1970-01-01 00:00:00, 1970-01-01 00:00:10, ";
    private static final String W2 = "1970-01-01 00:00:10, 1970-01-01 00:00:20, ";
    private static final String OUT_W1 = "1970-01-01T00:00, 1970-01-01T00:00:10, ";

    private static OperatorFactory topN(RankRange range, boolean rankNumber) {
        return () -> new WindowRankOperator(BY_CAT, INPUT, 1, SortSpec.of(SortField.descending(4)), range, rankNumber);
    }

    @Test
    void emitsTheTopRowsOfEachWindowWhenTheWatermarkPassesItsEnd() throws Exception {
        List<String> events = assertSameOutputWithRestores(topN(RankRange.top(2), true), harness -> {
            harness.processElements(INPUT, "+I[" + W1 + "a, x, 10, null]", "+I[" + W1 + "a, y, 30, null]",
                    "+I[" + W1 + "a, z, 20, null]", "+I[" + W1 + "b, v, 5, null]", "+I[" + W2 + "a, u, 1, null]");
            harness.processWatermark(9_998);
            harness.processWatermark(9_999);
            harness.processElements(INPUT, "+I[" + W1 + "a, late, 99, null]");
            harness.endInput();
        }).stream().map(Object::toString).toList();
        assertThat(events).containsExactly(
                "W(9998)",
                "+I[" + OUT_W1 + "a, y, 30, null, 1]",
                "+I[" + OUT_W1 + "a, z, 20, null, 2]",
                "+I[" + OUT_W1 + "b, v, 5, null, 1]",
                "W(9999)",
                "+I[1970-01-01T00:00:10, 1970-01-01T00:00:20, a, u, 1, null, 1]",
                "W(MAX)");
    }

    @Test
    void lateRowsAreDroppedAndCounted() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(topN(RankRange.top(2), false)).open()) {
            harness.processWatermark(9_999);
            harness.processElements(INPUT, "+I[" + W1 + "a, x, 10, null]", "+I[" + W2 + "a, y, 3, null]");
            assertThat(harness.metrics().counter(WindowRankOperator.LATE_RECORDS_DROPPED).get()).isEqualTo(1);
            harness.endInput();
            assertThat(harness.recordStrings()).containsExactly("+I[1970-01-01T00:00:10, 1970-01-01T00:00:20, a, y, 3, null]");
        }
    }

    @Test
    void aRangeWithAnOffsetSkipsTheFirstRanksAndTiesKeepArrivalOrder() throws Exception {
        List<String> events = assertSameOutputWithRestores(topN(new RankRange(2, 3), false), harness -> {
            harness.processElements(INPUT, "+I[" + W1 + "a, p, 7, null]", "+I[" + W1 + "a, q, 9, null]",
                    "+I[" + W1 + "a, r, 7, null]", "+I[" + W1 + "a, s, 7, null]", "+I[" + W1 + "a, t, 1, null]");
            harness.endInput();
        }).stream().map(Object::toString).toList();
        assertThat(events).containsExactly("+I[" + OUT_W1 + "a, p, 7, null]", "+I[" + OUT_W1 + "a, r, 7, null]", "W(MAX)");
    }

    @Test
    void windowDeduplicationKeepsTheFirstOrLastRowByRowtime() throws Exception {
        String[] input = {"+I[" + W1 + "a, r1, 1, 1970-01-01 00:00:03]", "+I[" + W1 + "a, r2, 2, 1970-01-01 00:00:05]",
                "+I[" + W1 + "a, r3, 3, 1970-01-01 00:00:05]", "+I[" + W1 + "a, r4, 4, 1970-01-01 00:00:01]"};
        OperatorFactory last = () -> WindowRankOperator.deduplicate(BY_CAT, INPUT, 1, 5, Keep.LAST);
        OperatorFactory first = () -> WindowRankOperator.deduplicate(BY_CAT, INPUT, 1, 5, Keep.FIRST);
        assertThat(assertSameOutputWithRestores(last, harness -> harness.processElements(INPUT, input).endInput()))
                .map(Object::toString).containsExactly("+I[" + OUT_W1 + "a, r3, 3, 1970-01-01T00:00:05]", "W(MAX)");
        assertThat(assertSameOutputWithRestores(first, harness -> harness.processElements(INPUT, input).endInput()))
                .map(Object::toString).containsExactly("+I[" + OUT_W1 + "a, r4, 4, 1970-01-01T00:00:01]", "W(MAX)");
    }

    @Test
    void processingTimeWindowsFireOnTheClock() throws Exception {
        OperatorFactory factory = () -> WindowRankOperator.onProcessingTime(BY_CAT, INPUT, 1, SortSpec.of(SortField.ascending(4)),
                RankRange.top(1), true);
        List<String> events = assertSameOutputWithRestores(factory, harness -> {
            harness.setProcessingTime(1_000);
            harness.processElements(INPUT, "+I[" + W1 + "a, x, 10, null]", "+I[" + W1 + "a, y, 3, null]");
            harness.setProcessingTime(9_998);
            harness.setProcessingTime(9_999);
            harness.processElements(INPUT, "+I[" + W1 + "a, late, 1, null]");
        }).stream().map(Object::toString).toList();
        assertThat(events).containsExactly("+I[" + OUT_W1 + "a, y, 3, null, 1]");
    }

    @Test
    void badSpecsAndInputFailWithAReason() throws Exception {
        assertThatThrownBy(() -> new WindowRankOperator(BY_CAT, INPUT, 3, SortSpec.of(SortField.ascending(4)), RankRange.top(1), false))
                .hasMessage("window end field item is STRING, expected TIMESTAMP, TIMESTAMP_LTZ or BIGINT");
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(topN(RankRange.top(2), false)).open()) {
            assertThatThrownBy(() -> harness.processElements(INPUT, "-D[" + W1 + "a, x, 10, null]"))
                    .hasMessage("window ranking needs append-only input, got -D[" + OUT_W1 + "a, x, 10, null]");
        }
    }
}

package io.eddy.runtime.operators.rank;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Rows;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operators.rank.DeduplicateOperator.Keep;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ranking operators give on RocksDB, restored after every input, what they give on the heap. */
class RocksDbRankingTest {

    private static final RowSchema INPUT = RowSchema.of("window_start", FieldType.timestamp(3), "window_end", FieldType.timestamp(3),
            "cat", FieldType.STRING, "item", FieldType.STRING, "score", FieldType.BIGINT);
    private static final FieldKeySelector BY_CAT = new FieldKeySelector(INPUT, 2);
    private static final SortSpec SCORE_DESC = SortSpec.of(SortField.descending(4));
    private static final String W1 = "1970-01-01 00:00:00, 1970-01-01 00:00:10, ";
    private static final String W2 = "1970-01-01 00:00:10, 1970-01-01 00:00:20, ";
    private static final List<String> APPEND_ONLY = List.of(
            "+I[" + W1 + "a, x, 10]", "+I[" + W1 + "a, y, 30]", "+I[" + W1 + "b, v, 5]", "+I[" + W1 + "a, z, 20]",
            "W 9999", "+I[" + W2 + "a, u, 1]", "+I[" + W2 + "a, t, 40]", "+I[" + W2 + "a, s, 40]", "W 19999");
    private static final List<String> CHANGELOG = List.of(
            "+I[" + W1 + "a, x, 10]", "+I[" + W1 + "a, y, 30]", "+I[" + W1 + "a, z, 20]", "-D[" + W1 + "a, y, 30]",
            "-U[" + W1 + "a, z, 20]", "+U[" + W1 + "a, z, 5]", "+I[" + W1 + "b, v, 5]", "-D[" + W1 + "a, x, 10]");

    static Stream<Arguments> operators() {
        return Stream.of(
                Arguments.of("append-only Top-N with rank number", factory(RankRange.top(2), true, true), APPEND_ONLY, 15),
                Arguments.of("retracting Top-N with rank number", factory(new RankRange(1, 2), true, false), CHANGELOG, 18),
                Arguments.of("deduplicate keep last", (OperatorFactory) () ->
                        DeduplicateOperator.onProcessingTime(BY_CAT, INPUT, Keep.LAST, true), CHANGELOG, 9),
                Arguments.of("deduplicate keep last on rowtime without -U", (OperatorFactory) () ->
                        DeduplicateOperator.onRowtime(BY_CAT, INPUT, Keep.LAST, 1, false), APPEND_ONLY, 9),
                Arguments.of("window Top-N", (OperatorFactory) () ->
                        new WindowRankOperator(BY_CAT, INPUT, 1, SCORE_DESC, RankRange.top(2), true), APPEND_ONLY, 7),
                Arguments.of("append-only RANK Top-N", tied(RankType.RANK, true), APPEND_ONLY, 15),
                Arguments.of("retracting DENSE_RANK Top-N", tied(RankType.DENSE_RANK, false), CHANGELOG, 18),
                Arguments.of("window RANK Top-N", (OperatorFactory) () -> new WindowRankOperator(BY_CAT, INPUT, 1, SCORE_DESC,
                        RankRange.top(1), true, RankType.RANK), APPEND_ONLY, 6));
    }

    private static OperatorFactory tied(RankType rankType, boolean appendOnly) {
        TopNSpec spec = new TopNSpec(BY_CAT, INPUT, SCORE_DESC, RankRange.top(2), true);
        return () -> TopNOperator.create(spec, rankType, appendOnly);
    }

    private static OperatorFactory factory(RankRange range, boolean rankNumber, boolean appendOnly) {
        TopNSpec spec = new TopNSpec(BY_CAT, INPUT, SCORE_DESC, range, rankNumber);
        return () -> TopNOperator.create(spec, appendOnly);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operators")
    void rocksDbGivesTheHeapOutput(String name, OperatorFactory factory, List<String> script, int expectedEvents,
                                   @TempDir Path directory) throws Exception {
        List<OutputEvent> onHeap;
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(factory).open()) {
            for (String step : script) {
                if (step.startsWith("W ")) {
                    harness.processWatermark(Long.parseLong(step.substring(2)));
                } else {
                    harness.processElement(Rows.parse(INPUT, step));
                }
            }
            onHeap = harness.events();
        }
        try (RocksDbOperatorRun run = new RocksDbOperatorRun(factory, directory)) {
            for (String step : script) {
                if (step.startsWith("W ")) {
                    run.processWatermark(Long.parseLong(step.substring(2)));
                } else {
                    run.processElement(Rows.parse(INPUT, step));
                }
            }
            assertThat(run.openInstances()).isEqualTo(1);
            assertThat(run.events()).isEqualTo(onHeap);
        }
        assertThat(onHeap).hasSize(expectedEvents);
    }
}

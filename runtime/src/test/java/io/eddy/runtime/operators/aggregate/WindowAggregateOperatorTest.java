package io.eddy.runtime.operators.aggregate;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.harness.RocksDbOperatorRunner;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operators.WindowAssigner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowAggregateOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("k", FieldType.STRING, "v", FieldType.BIGINT, "ts", FieldType.timestamp(3));
    private static final List<AggregateCall> CALLS = List.of(AggregateCall.countStar("cnt"),
            AggregateCall.of("total", AggregateKind.SUM, 1, FieldType.BIGINT, FieldType.BIGINT),
            AggregateCall.count("distinct_v", FieldType.BIGINT, 1).asDistinct());
    private static final List<WindowProperty> ALL = List.of(WindowProperty.WINDOW_START, WindowProperty.WINDOW_END, WindowProperty.WINDOW_TIME);

    @TempDir
    Path stateDirectory;

    private static OperatorFactory windows(WindowAssigner assigner) {
        return WindowAggregateOperator.factory(INPUT, new int[] {0}, 2, assigner, CALLS, ALL);
    }

    @Test
    void tumblingWindowsFireWhenTheWatermarkReachesTheEndMinusOne() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(windows(WindowAssigner.tumbling(Duration.ofSeconds(10))), harness -> {
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:01]", "+I[b, 2, 1970-01-01 00:00:02]",
                    "+I[a, 1, 1970-01-01 00:00:09.999]", "+I[a, 5, 1970-01-01 00:00:10]");
            harness.processWatermark(9_998);
            harness.processWatermark(9_999);
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly(
                "W(9998)",
                "+I[a, 2, 2, 1, 1970-01-01T00:00, 1970-01-01T00:00:10, 1970-01-01T00:00:09.999]",
                "+I[b, 1, 2, 1, 1970-01-01T00:00, 1970-01-01T00:00:10, 1970-01-01T00:00:09.999]",
                "W(9999)",
                "+I[a, 1, 5, 1, 1970-01-01T00:00:10, 1970-01-01T00:00:20, 1970-01-01T00:00:19.999]",
                "W(MAX)");
    }

    @Test
    void hoppingWindowsAccumulateEachRowIntoEveryWindowItFallsIn() throws Exception {
        OperatorFactory factory = WindowAggregateOperator.factory(INPUT, new int[0], 2,
                WindowAssigner.hopping(Duration.ofSeconds(10), Duration.ofSeconds(5)), CALLS, List.of(WindowProperty.WINDOW_END));
        List<OutputEvent> events = assertSameOutputWithRestores(factory, harness -> {
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:01]", "+I[b, 1, 1970-01-01 00:00:06]", "+I[a, 3, 1970-01-01 00:00:12]");
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly(
                "+I[1, 1, 1, 1970-01-01T00:00:05]",
                "+I[2, 2, 1, 1970-01-01T00:00:10]",
                "+I[2, 4, 2, 1970-01-01T00:00:15]",
                "+I[1, 3, 1, 1970-01-01T00:00:20]",
                "W(MAX)");
    }

    @Test
    void cumulativeWindowsGrowByStep() throws Exception {
        OperatorFactory factory = WindowAggregateOperator.factory(INPUT, new int[] {0}, 2,
                WindowAssigner.cumulative(Duration.ofSeconds(2), Duration.ofSeconds(6)), CALLS,
                List.of(WindowProperty.WINDOW_END, WindowProperty.WINDOW_START));
        List<OutputEvent> events = assertSameOutputWithRestores(factory, harness -> {
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:01]", "+I[a, 1, 1970-01-01 00:00:03]", "+I[a, 2, 1970-01-01 00:00:07]");
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly(
                "+I[a, 1, 1, 1, 1970-01-01T00:00:02, 1970-01-01T00:00]",
                "+I[a, 2, 2, 1, 1970-01-01T00:00:04, 1970-01-01T00:00]",
                "+I[a, 2, 2, 1, 1970-01-01T00:00:06, 1970-01-01T00:00]",
                "+I[a, 1, 2, 1, 1970-01-01T00:00:08, 1970-01-01T00:00:06]",
                "+I[a, 1, 2, 1, 1970-01-01T00:00:10, 1970-01-01T00:00:06]",
                "+I[a, 1, 2, 1, 1970-01-01T00:00:12, 1970-01-01T00:00:06]",
                "W(MAX)");
    }

    @Test
    void lateRowsAreDroppedAndCounted() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(windows(WindowAssigner.tumbling(Duration.ofSeconds(10)))).open()) {
            harness.processWatermark(19_999);
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:19.999]", "+I[a, 2, 1970-01-01 00:00:20]");
            assertThat(harness.metrics().counter(WindowAggregateOperator.LATE_RECORDS_DROPPED).get()).isEqualTo(1);
            harness.endInput();
            assertThat(harness.recordStrings()).containsExactly(
                    "+I[a, 1, 2, 1, 1970-01-01T00:00:20, 1970-01-01T00:00:30, 1970-01-01T00:00:29.999]");
        }
    }

    @Test
    void distinctCountsAreKeptPerWindow() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(windows(WindowAssigner.tumbling(Duration.ofSeconds(10))), harness -> {
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:01]", "+I[a, 1, 1970-01-01 00:00:02]",
                    "+I[a, null, 1970-01-01 00:00:03]", "+I[a, 1, 1970-01-01 00:00:11]");
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly(
                "+I[a, 3, 2, 1, 1970-01-01T00:00, 1970-01-01T00:00:10, 1970-01-01T00:00:09.999]",
                "+I[a, 1, 1, 1, 1970-01-01T00:00:10, 1970-01-01T00:00:20, 1970-01-01T00:00:19.999]",
                "W(MAX)");
    }

    @Test
    void retractionsAndNullRowtimesAreRefused() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(windows(WindowAssigner.tumbling(Duration.ofSeconds(10)))).open()) {
            assertThatThrownBy(() -> harness.processElements(INPUT, "-D[a, 1, 1970-01-01 00:00:01]"))
                    .hasMessage("window aggregate harness received -D[a, 1, 1970-01-01T00:00:01] but window aggregation needs"
                            + " an append-only input (only +I rows)");
            assertThatThrownBy(() -> harness.processElements(INPUT, "+I[a, 1, null]"))
                    .hasMessage("the rowtime field ts is null in +I[a, 1, null]; window aggregates need a non-null time attribute");
        }
        assertThatThrownBy(() -> WindowAggregateOperator.factory(INPUT, new int[] {0}, 0,
                WindowAssigner.tumbling(Duration.ofSeconds(1)), CALLS, ALL))
                .hasMessage("rowtime field k is STRING; window aggregates need TIMESTAMP(3), TIMESTAMP_LTZ(3) or BIGINT epoch millis");
    }

    @Test
    void outputSchemaAppendsTheWindowColumns() {
        WindowAggregateOperator operator = new WindowAggregateOperator(INPUT, new int[] {0}, 2,
                WindowAssigner.tumbling(Duration.ofSeconds(1)), CALLS, ALL);
        assertThat(operator.outputSchema()).hasToString("(k STRING, cnt BIGINT, total BIGINT, distinct_v BIGINT,"
                + " window_start TIMESTAMP(3), window_end TIMESTAMP(3), window_time TIMESTAMP(3))");
    }

    @Test
    void rocksDbStateGivesTheSameResultsWithARestoreAfterEveryInput() throws Exception {
        OperatorFactory factory = windows(WindowAssigner.hopping(Duration.ofSeconds(10), Duration.ofSeconds(5)));
        String[] steps = {"+I[a, 1, 1970-01-01 00:00:01]", "+I[a, 1, 1970-01-01 00:00:02]", "+I[b, 4, 1970-01-01 00:00:06]",
            "W:4999", "+I[a, 7, 1970-01-01 00:00:03]", "+I[a, 2, 1970-01-01 00:00:08]", "W:20000"};
        List<OutputEvent> onRocksDb = RocksDbOperatorRunner.runOnRocksDb(factory, stateDirectory, INPUT, steps);
        assertThat(RocksDbOperatorRunner.tiesSorted(onRocksDb)).isEqualTo(RocksDbOperatorRunner.tiesSorted(
                RocksDbOperatorRunner.runOnHeap(factory, INPUT, steps)));
        assertThat(onRocksDb).map(Object::toString).contains(
                "+I[a, 2, 2, 1, 1969-12-31T23:59:55, 1970-01-01T00:00:05, 1970-01-01T00:00:04.999]",
                "+I[a, 4, 11, 3, 1970-01-01T00:00, 1970-01-01T00:00:10, 1970-01-01T00:00:09.999]");
    }
}

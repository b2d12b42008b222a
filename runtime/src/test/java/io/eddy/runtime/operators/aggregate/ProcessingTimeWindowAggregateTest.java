package io.eddy.runtime.operators.aggregate;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.harness.RocksDbOperatorRunner;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operators.WindowAssigner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link WindowAggregateOperator} over processing time: windows of the clock, fired by processing-time timers. */
class ProcessingTimeWindowAggregateTest {

    /** The last field stands for a PROCTIME() attribute; its values are never read. */
    private static final RowSchema INPUT = RowSchema.of("k", FieldType.STRING, "v", FieldType.BIGINT, "pt", FieldType.timestampLtz(3));
    private static final List<AggregateCall> CALLS = List.of(AggregateCall.countStar("cnt"),
            AggregateCall.of("total", AggregateKind.SUM, 1, FieldType.BIGINT, FieldType.BIGINT));
    private static final List<WindowProperty> ALL = List.of(WindowProperty.WINDOW_START, WindowProperty.WINDOW_END, WindowProperty.WINDOW_TIME);

    @TempDir
    Path stateDirectory;

    private static OperatorFactory windows(WindowAssigner assigner, int... groupFields) {
        return WindowAggregateOperator.factory(INPUT, groupFields, 2, WindowTime.PROCESSING_TIME, assigner, CALLS, ALL);
    }

    @Test
    void tumblingWindowsTakeTheArrivalTimeAndFireWhenTheClockReachesTheirEnd() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(windows(WindowAssigner.tumbling(Duration.ofSeconds(10)), 0), harness -> {
            harness.setProcessingTime(1_000);
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01T05:00:00Z]", "+I[b, 2, null]");
            harness.setProcessingTime(9_999);
            harness.processElements(INPUT, "+I[a, 3, 1970-01-01T05:00:00Z]");
            harness.setProcessingTime(10_000);
            harness.processElements(INPUT, "+I[a, 4, 1970-01-01T00:00:01Z]");
            harness.setProcessingTime(25_000);
        });
        assertThat(events).map(Object::toString).containsExactly(
                "+I[a, 2, 4, 1970-01-01T00:00, 1970-01-01T00:00:10, 1970-01-01T00:00:09.999Z]",
                "+I[b, 1, 2, 1970-01-01T00:00, 1970-01-01T00:00:10, 1970-01-01T00:00:09.999Z]",
                "+I[a, 1, 4, 1970-01-01T00:00:10, 1970-01-01T00:00:20, 1970-01-01T00:00:19.999Z]");
    }

    @Test
    void watermarksArePassedOnButFireNothing() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(windows(WindowAssigner.tumbling(Duration.ofSeconds(10)), 0), harness -> {
            harness.setProcessingTime(1_000);
            harness.processElements(INPUT, "+I[a, 1, null]");
            harness.processWatermark(50_000);
            harness.setProcessingTime(10_000);
        });
        assertThat(events).map(Object::toString).containsExactly(
                "W(50000)",
                "+I[a, 1, 1, 1970-01-01T00:00, 1970-01-01T00:00:10, 1970-01-01T00:00:09.999Z]");
    }

    @Test
    void windowsStillOpenWhenTheInputEndsAreDroppedAsInFlink() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(windows(WindowAssigner.tumbling(Duration.ofSeconds(10)), 0)).open()) {
            harness.setProcessingTime(1_000);
            harness.processElements(INPUT, "+I[a, 1, null]");
            harness.endInput();
            assertThat(harness.events()).map(Object::toString).containsExactly("W(MAX)");
            assertThat(harness.metrics().counter(WindowAggregateOperator.LATE_RECORDS_DROPPED).get()).isZero();
        }
    }

    @Test
    void hoppingAndCumulativeWindowsFireOneByOneAsTheClockMoves() throws Exception {
        OperatorFactory hopping = windows(WindowAssigner.hopping(Duration.ofSeconds(10), Duration.ofSeconds(5)));
        List<OutputEvent> hops = assertSameOutputWithRestores(hopping, harness -> {
            harness.setProcessingTime(6_000);
            harness.processElements(INPUT, "+I[a, 1, null]");
            harness.setProcessingTime(12_000);
            harness.processElements(INPUT, "+I[b, 2, null]");
            harness.setProcessingTime(20_000);
        });
        assertThat(hops).map(Object::toString).containsExactly(
                "+I[1, 1, 1970-01-01T00:00, 1970-01-01T00:00:10, 1970-01-01T00:00:09.999Z]",
                "+I[2, 3, 1970-01-01T00:00:05, 1970-01-01T00:00:15, 1970-01-01T00:00:14.999Z]",
                "+I[1, 2, 1970-01-01T00:00:10, 1970-01-01T00:00:20, 1970-01-01T00:00:19.999Z]");
        OperatorFactory cumulative = windows(WindowAssigner.cumulative(Duration.ofSeconds(2), Duration.ofSeconds(6)), 0);
        List<OutputEvent> steps = assertSameOutputWithRestores(cumulative, harness -> {
            harness.setProcessingTime(1_000);
            harness.processElements(INPUT, "+I[a, 1, null]");
            harness.setProcessingTime(3_000);
            harness.processElements(INPUT, "+I[a, 2, null]");
            harness.setProcessingTime(6_000);
        });
        assertThat(steps).map(Object::toString).containsExactly(
                "+I[a, 1, 1, 1970-01-01T00:00, 1970-01-01T00:00:02, 1970-01-01T00:00:01.999Z]",
                "+I[a, 2, 3, 1970-01-01T00:00, 1970-01-01T00:00:04, 1970-01-01T00:00:03.999Z]",
                "+I[a, 2, 3, 1970-01-01T00:00, 1970-01-01T00:00:06, 1970-01-01T00:00:05.999Z]");
    }

    @Test
    void retractionsAreRefused() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(windows(WindowAssigner.tumbling(Duration.ofSeconds(10)), 0)).open()) {
            assertThatThrownBy(() -> harness.processElements(INPUT, "-U[a, 1, null]"))
                    .hasMessage("window aggregate harness received -U[a, 1, null] but window aggregation needs"
                            + " an append-only input (only +I rows)");
        }
    }

    @Test
    void rocksDbStateGivesTheSameResultsWithARestoreAfterEveryInput() throws Exception {
        OperatorFactory factory = windows(WindowAssigner.hopping(Duration.ofSeconds(10), Duration.ofSeconds(5)), 0);
        String[] steps = {"P:1000", "+I[a, 1, null]", "+I[b, 4, null]", "W:90000", "P:5000", "+I[a, 7, null]",
            "P:7000", "+I[a, 2, null]", "P:10000", "+I[b, 1, null]", "P:30000"};
        List<OutputEvent> onRocksDb = RocksDbOperatorRunner.runOnRocksDb(factory, stateDirectory, INPUT, steps);
        assertThat(onRocksDb).isEqualTo(RocksDbOperatorRunner.runOnHeap(factory, INPUT, steps));
        assertThat(onRocksDb).map(Object::toString).containsExactly(
                "W(90000)",
                "+I[a, 1, 1, 1969-12-31T23:59:55, 1970-01-01T00:00:05, 1970-01-01T00:00:04.999Z]",
                "+I[b, 1, 4, 1969-12-31T23:59:55, 1970-01-01T00:00:05, 1970-01-01T00:00:04.999Z]",
                "+I[a, 3, 10, 1970-01-01T00:00, 1970-01-01T00:00:10, 1970-01-01T00:00:09.999Z]",
                "+I[b, 1, 4, 1970-01-01T00:00, 1970-01-01T00:00:10, 1970-01-01T00:00:09.999Z]",
                "+I[a, 2, 9, 1970-01-01T00:00:05, 1970-01-01T00:00:15, 1970-01-01T00:00:14.999Z]",
                "+I[b, 1, 1, 1970-01-01T00:00:05, 1970-01-01T00:00:15, 1970-01-01T00:00:14.999Z]",
                "+I[b, 1, 1, 1970-01-01T00:00:10, 1970-01-01T00:00:20, 1970-01-01T00:00:19.999Z]");
    }
}

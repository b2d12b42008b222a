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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionWindowAggregateOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("k", FieldType.STRING, "v", FieldType.BIGINT, "ts", FieldType.timestamp(3));
    private static final List<AggregateCall> CALLS = List.of(AggregateCall.countStar("cnt"),
            AggregateCall.of("first_v", AggregateKind.FIRST_VALUE, 1, FieldType.BIGINT, FieldType.BIGINT),
            AggregateCall.count("distinct_v", FieldType.BIGINT, 1).asDistinct());
    private static final OperatorFactory FACTORY = SessionWindowAggregateOperator.factory(INPUT, new int[] {0}, 2, Duration.ofSeconds(5),
            CALLS, List.of(WindowProperty.WINDOW_START, WindowProperty.WINDOW_END));

    /** Calls that merge accumulators, so each session keeps one accumulator instead of its rows. */
    private static final List<AggregateCall> MERGEABLE_CALLS = List.of(AggregateCall.countStar("cnt"),
            AggregateCall.of("sum_v", AggregateKind.SUM, 1, FieldType.BIGINT, FieldType.BIGINT),
            AggregateCall.of("min_v", AggregateKind.MIN, 1, FieldType.BIGINT, FieldType.BIGINT),
            AggregateCall.of("max_v", AggregateKind.MAX, 1, FieldType.BIGINT, FieldType.BIGINT));
    private static final OperatorFactory ACCUMULATING = SessionWindowAggregateOperator.factory(INPUT, new int[] {0}, 2,
            Duration.ofSeconds(5), MERGEABLE_CALLS, List.of(WindowProperty.WINDOW_START, WindowProperty.WINDOW_END));

    @TempDir
    Path stateDirectory;

    @Test
    void sessionsMergeAsRowsArriveAndFireAtTheirEndMinusOne() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(FACTORY, harness -> {
            harness.processElements(INPUT, "+I[a, 3, 1970-01-01 00:00:01]", "+I[a, 3, 1970-01-01 00:00:10]",
                    "+I[b, 9, 1970-01-01 00:00:02]");
            // 00:00:05 touches [1, 6) and [10, 15) reaches it: the three merge into [1, 15)
            harness.processElements(INPUT, "+I[a, 4, 1970-01-01 00:00:05]");
            harness.processWatermark(6_999);
            harness.processElements(INPUT, "+I[b, 1, 1970-01-01 00:00:20]");
            harness.processWatermark(14_999);
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly(
                "+I[b, 1, 9, 1, 1970-01-01T00:00:02, 1970-01-01T00:00:07]",
                "W(6999)",
                "+I[a, 3, 3, 2, 1970-01-01T00:00:01, 1970-01-01T00:00:15]",
                "W(14999)",
                "+I[b, 1, 1, 1, 1970-01-01T00:00:20, 1970-01-01T00:00:25]",
                "W(MAX)");
    }

    @Test
    void aRowWhoseSessionAlreadyFiredIsDroppedButOneExtendingAnOpenSessionIsNot() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(FACTORY).open()) {
            harness.processElements(INPUT, "+I[a, 1, 1970-01-01 00:00:08]");
            harness.processWatermark(9_000);
            harness.processElements(INPUT, "+I[a, 2, 1970-01-01 00:00:04]", "+I[x, 2, 1970-01-01 00:00:03]");
            assertThat(harness.metrics().counter(WindowAggregateOperator.LATE_RECORDS_DROPPED).get()).isEqualTo(1);
            harness.endInput();
            assertThat(harness.recordStrings()).containsExactly("+I[a, 2, 1, 2, 1970-01-01T00:00:04, 1970-01-01T00:00:13]");
        }
    }

    @Test
    void rocksDbStateGivesTheSameSessions() throws Exception {
        String[] steps = {"+I[a, 1, 1970-01-01 00:00:01]", "+I[a, 1, 1970-01-01 00:00:12]", "+I[a, 2, 1970-01-01 00:00:07]",
            "W:10000", "+I[b, 3, 1970-01-01 00:00:30]", "W:40000"};
        List<OutputEvent> onRocksDb = RocksDbOperatorRunner.runOnRocksDb(FACTORY, stateDirectory, INPUT, steps);
        assertThat(onRocksDb).isEqualTo(RocksDbOperatorRunner.runOnHeap(FACTORY, INPUT, steps));
        assertThat(onRocksDb).map(Object::toString).containsExactly(
                "+I[a, 1, 1, 1, 1970-01-01T00:00:01, 1970-01-01T00:00:06]", "W(10000)",
                "+I[a, 2, 1, 2, 1970-01-01T00:00:07, 1970-01-01T00:00:17]",
                "+I[b, 1, 3, 1, 1970-01-01T00:00:30, 1970-01-01T00:00:35]", "W(40000)");
    }

    @Test
    void mergeableCallsKeepAnAccumulatorPerSessionAndMergeThem() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(ACCUMULATING, harness -> {
            harness.processElements(INPUT, "+I[a, 3, 1970-01-01 00:00:01]", "+I[a, 3, 1970-01-01 00:00:10]",
                    "+I[b, 9, 1970-01-01 00:00:02]");
            // 00:00:05 bridges [1, 6) and [10, 15) into [1, 15); 00:00:03 falls inside b's open session
            harness.processElements(INPUT, "+I[a, 4, 1970-01-01 00:00:05]", "+I[b, 2, 1970-01-01 00:00:03]");
            // b's timer is still at 6999, the end of [2, 7); it finds the session extended and moves on
            harness.processWatermark(6_999);
            harness.processWatermark(7_999);
            // an earlier row moves the start of c's session back: [9, 14) and [12, 17) become [9, 17)
            harness.processElements(INPUT, "+I[c, 5, 1970-01-01 00:00:12]", "+I[c, 7, 1970-01-01 00:00:09]");
            harness.processWatermark(14_999);
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly(
                "W(6999)",
                "+I[b, 2, 11, 2, 9, 1970-01-01T00:00:02, 1970-01-01T00:00:08]",
                "W(7999)",
                "+I[a, 3, 10, 3, 4, 1970-01-01T00:00:01, 1970-01-01T00:00:15]",
                "W(14999)",
                "+I[c, 2, 12, 5, 7, 1970-01-01T00:00:09, 1970-01-01T00:00:17]",
                "W(MAX)");
    }

    @Test
    void mergedAccumulatorsAreTheSameOnRocksDb() throws Exception {
        // [1, 6), [12, 17), then [7, 12) joins the second and [3, 8) bridges both into [1, 17);
        // b's last row extends [26, 35) to [26, 38), and one watermark step fires its timer twice
        String[] steps = {"+I[a, 1, 1970-01-01 00:00:01]", "+I[a, 1, 1970-01-01 00:00:12]", "+I[a, 2, 1970-01-01 00:00:07]",
            "+I[a, 4, 1970-01-01 00:00:03]", "W:10000", "+I[b, 3, 1970-01-01 00:00:30]", "+I[b, 6, 1970-01-01 00:00:26]",
            "+I[a, 8, 1970-01-01 00:00:05]", "+I[b, 1, 1970-01-01 00:00:33]", "W:40000"};
        List<OutputEvent> onRocksDb = RocksDbOperatorRunner.runOnRocksDb(ACCUMULATING, stateDirectory, INPUT, steps);
        assertThat(onRocksDb).isEqualTo(RocksDbOperatorRunner.runOnHeap(ACCUMULATING, INPUT, steps));
        assertThat(onRocksDb).map(Object::toString).containsExactly(
                "W(10000)", "+I[a, 5, 16, 1, 8, 1970-01-01T00:00:01, 1970-01-01T00:00:17]",
                "+I[b, 3, 10, 1, 6, 1970-01-01T00:00:26, 1970-01-01T00:00:38]", "W(40000)");
    }

    @Test
    void aGapMustBePositive() {
        assertThatThrownBy(() -> SessionWindowAggregateOperator.factory(INPUT, new int[] {0}, 2, Duration.ZERO, CALLS, List.of()))
                .hasMessage("session gap must be positive, got PT0S");
    }
}

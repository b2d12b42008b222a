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
    void aGapMustBePositive() {
        assertThatThrownBy(() -> SessionWindowAggregateOperator.factory(INPUT, new int[] {0}, 2, Duration.ZERO, CALLS, List.of()))
                .hasMessage("session gap must be positive, got PT0S");
    }
}

package io.eddy.runtime.operators.over;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.harness.OperatorTestSupport;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.aggregate.AggregateKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverAggregateOperatorTest {

    private static final RowSchema INPUT = RowSchema.of("item", FieldType.STRING, "price", FieldType.BIGINT, "ts", FieldType.BIGINT);
    private static final AggregateCall SUM = AggregateCall.of("total", AggregateKind.SUM, 1, FieldType.BIGINT, FieldType.BIGINT);
    private static final AggregateCall MIN = AggregateCall.of("low", AggregateKind.MIN, 1, FieldType.BIGINT, FieldType.BIGINT);
    private static final AggregateCall COUNT = AggregateCall.countStar("cnt");

    private static OperatorFactory eventTime(OverFrame frame, AggregateCall... calls) {
        return OverAggregateOperator.factory(INPUT, new int[] {0}, 2, true, frame, List.of(calls));
    }

    private static List<String> records(OperatorFactory factory, OperatorTestSupport.Script<OneInputOperatorHarness> script) throws Exception {
        return assertSameOutputWithRestores(factory, script).stream()
                .filter(event -> event instanceof OutputEvent.Record).map(Object::toString).toList();
    }

    @Test
    void boundedRowsFrameProcessesRowsInTimestampOrderAndRetractsTheOldest() throws Exception {
        List<String> output = records(eventTime(OverFrame.rows(1), SUM, COUNT), harness -> {
            harness.processElements(INPUT, "+I[a, 1, 1000]", "+I[a, 2, 3000]", "+I[b, 10, 2000]", "+I[a, 4, 2000]", "+I[a, 8, 3000]");
            harness.processWatermark(5000);
            harness.processElements(INPUT, "+I[a, 16, 4000]", "+I[a, 32, 6000]");
            harness.endInput();
        });
        assertThat(output).containsExactly(
                "+I[a, 1, 1000, 1, 1]", "+I[b, 10, 2000, 10, 1]", "+I[a, 4, 2000, 5, 2]",
                "+I[a, 2, 3000, 6, 2]", "+I[a, 8, 3000, 10, 2]", "+I[a, 32, 6000, 40, 2]");
    }

    @Test
    void rangeIntervalTreatsEqualTimestampsAsPeersAndRetractsRowsOutOfRange() throws Exception {
        List<String> output = records(eventTime(OverFrame.range(Duration.ofSeconds(2)), SUM, MIN), harness -> {
            harness.processElements(INPUT, "+I[a, 4, 3000]", "+I[a, 1, 1000]", "+I[a, 2, 2000]", "+I[a, 8, 3000]",
                    "+I[a, 16, 5000]", "+I[a, 32, 6000]");
            harness.endInput();
        });
        assertThat(output).containsExactly(
                "+I[a, 1, 1000, 1, 1]", "+I[a, 2, 2000, 3, 1]",
                "+I[a, 4, 3000, 15, 1]", "+I[a, 8, 3000, 15, 1]",
                "+I[a, 16, 5000, 28, 4]", "+I[a, 32, 6000, 48, 16]");
    }

    @Test
    void unboundedRowsAndRangeDifferOnlyForPeers() throws Exception {
        OperatorTestSupport.Script<OneInputOperatorHarness> script = harness -> {
            harness.processElements(INPUT, "+I[a, 1, 1000]", "+I[a, 2, 1000]", "+I[a, 4, 2000]", "+I[b, 7, 1000]");
            harness.endInput();
        };
        assertThat(records(eventTime(OverFrame.unboundedRows(), SUM), script)).containsExactly(
                "+I[a, 1, 1000, 1]", "+I[a, 2, 1000, 3]", "+I[b, 7, 1000, 7]", "+I[a, 4, 2000, 7]");
        assertThat(records(eventTime(OverFrame.unboundedRange(), SUM), script)).containsExactly(
                "+I[a, 1, 1000, 3]", "+I[a, 2, 1000, 3]", "+I[b, 7, 1000, 7]", "+I[a, 4, 2000, 7]");
    }

    @Test
    void lateRowsAreDroppedAndCounted() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(eventTime(OverFrame.unboundedRows(), COUNT)).open()) {
            harness.processElements(INPUT, "+I[a, 1, 1000]");
            harness.processWatermark(2000);
            harness.processElements(INPUT, "+I[a, 2, 2000]", "+I[a, 3, 1500]", "+I[a, 4, 2001]");
            harness.endInput();
            assertThat(harness.recordStrings()).containsExactly("+I[a, 1, 1000, 1]", "+I[a, 4, 2001, 2]");
            assertThat(harness.metrics().counter(OverAggregateOperator.LATE_RECORDS_DROPPED).get()).isEqualTo(2);
        }
    }

    @Test
    void rangeStateIsDroppedOnceNoRowIsLeftInRange() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(eventTime(OverFrame.range(Duration.ofSeconds(1)), SUM)).open()) {
            harness.processElements(INPUT, "+I[a, 1, 1000]");
            harness.processWatermark(1000);
            assertThat(harness.snapshot().keyedState()).isNotEmpty();
            harness.processWatermark(2001);
            assertThat(harness.snapshot().keyedState()).isEmpty();
            assertThat(harness.snapshot().timers()).isEmpty();
            harness.processElements(INPUT, "+I[a, 5, 2500]");
            harness.endInput();
            assertThat(harness.recordStrings()).containsExactly("+I[a, 1, 1000, 1]", "+I[a, 5, 2500, 5]");
        }
    }

    @Test
    void processingTimeFramesUseTheArrivalTime() throws Exception {
        OperatorFactory rows = OverAggregateOperator.factory(INPUT, new int[] {0}, 2, false, OverFrame.rows(1), List.of(SUM));
        assertThat(records(rows, harness -> {
            harness.setProcessingTime(100);
            harness.processElements(INPUT, "+I[a, 1, 0]", "+I[a, 2, 0]", "+I[a, 4, 0]", "+I[b, 8, 0]");
        })).containsExactly("+I[a, 1, 0, 1]", "+I[a, 2, 0, 3]", "+I[a, 4, 0, 6]", "+I[b, 8, 0, 8]");
        OperatorFactory range = OverAggregateOperator.factory(INPUT, new int[0], 2, false, OverFrame.range(Duration.ofMillis(100)), List.of(SUM));
        assertThat(records(range, harness -> {
            harness.setProcessingTime(1000);
            harness.processElements(INPUT, "+I[a, 1, 0]");
            harness.setProcessingTime(1050);
            harness.processElements(INPUT, "+I[b, 2, 0]");
            harness.setProcessingTime(1101);
            harness.processElements(INPUT, "+I[a, 4, 0]");
        })).containsExactly("+I[a, 1, 0, 1]", "+I[b, 2, 0, 3]", "+I[a, 4, 0, 6]");
    }

    @Test
    void refusesChangelogInputAndNonTimeOrderFields() throws Exception {
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(eventTime(OverFrame.unboundedRows(), COUNT)).open()) {
            assertThatThrownBy(() -> harness.processElements(INPUT, "-U[a, 1, 1000]"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("OVER aggregation needs an append-only input");
        }
        assertThatThrownBy(() -> OverAggregateOperator.factory(INPUT, new int[] {0}, 0, true, OverFrame.unboundedRows(), List.of(COUNT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time field item is STRING; OVER windows are ordered by a TIMESTAMP(3), TIMESTAMP_LTZ(3) or BIGINT time attribute");
        assertThatThrownBy(() -> OverFrame.rows(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

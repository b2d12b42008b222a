package io.eddy.runtime.operators;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestoresTwoInput;
import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.harness.OutputEvent;
import io.eddy.runtime.harness.TwoInputOperatorHarness;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.operator.AbstractTwoInputOperator;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.ValueState;
import io.eddy.runtime.time.Timer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exercises the two-input base class and processing-time timers through the harnesses. */
class TwoInputAndTimerOperatorTest {

    private static final RowSchema PAIR = RowSchema.of("id", FieldType.BIGINT, "text", FieldType.STRING);
    private static final FieldKeySelector BY_ID = new FieldKeySelector(PAIR, 0);

    /** Input 1: facts; input 2: the latest name per id. Emits each fact with the latest name. */
    static final class EnrichOperator extends AbstractTwoInputOperator {
        private ValueState<String> names;

        EnrichOperator() {
            super(BY_ID);
        }

        @Override
        public void open() {
            names = keyedStateBackend().valueState(StateDescriptor.value("names", Serializers.STRING));
        }

        @Override
        public void processElement1(Row row) {
            setCurrentKeyOf(row);
            output.collect(Row.withValues(row.getKind(), PAIR, row.getLong(0), row.getString(1) + "/" + names.value()));
        }

        @Override
        public void processElement2(Row row) {
            setCurrentKeyOf(row);
            names.update(row.getString(1));
        }
    }

    /** Emits a key's last text once no row came for it for 100 ms of processing time. */
    static final class TimeoutOperator extends AbstractOneInputOperator {
        private ValueState<String> last;

        TimeoutOperator() {
            super(BY_ID);
        }

        @Override
        public void open() {
            last = keyedStateBackend().valueState(StateDescriptor.value("last", Serializers.STRING));
        }

        @Override
        public void processElement(Row row) {
            setCurrentKeyOf(row);
            if (last.value() != null) {
                timerService().deleteProcessingTimeTimer(0, Long.parseLong(last.value().split("@")[1]));
            }
            long due = timerService().currentProcessingTime() + 100;
            last.update(row.getString(1) + "@" + due);
            timerService().registerProcessingTimeTimer(0, due);
        }

        @Override
        public void onProcessingTime(Timer timer) {
            output.collect(Row.withValues(RowKind.INSERT, PAIR, timer.key().getLong(0), last.value()));
            last.clear();
        }
    }

    @Test
    void twoInputOperatorsKeepStateAndMergeWatermarksAcrossRestores() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestoresTwoInput(EnrichOperator::new, harness -> {
            harness.processElements2(PAIR, "+I[1, alice]");
            harness.processElements1(PAIR, "+I[1, click]", "+I[2, view]");
            harness.processWatermark1(100);
            harness.processWatermark2(50);
            harness.processWatermarkStatus2(true);
            harness.processElements2(PAIR, "+I[2, bob]");
            harness.processElements1(PAIR, "-D[2, view]");
            harness.processWatermarkStatus2(false);
            harness.processWatermark2(200);
            harness.processWatermark1(300);
            harness.endInput();
        });
        assertThat(events).map(Object::toString).containsExactly(
                "+I[1, click/alice]", "+I[2, view/null]", "W(50)", "W(100)", "-D[2, view/bob]", "W(200)", "W(MAX)");
    }

    @Test
    void bothInputsIdleMakeTheOutputIdle() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestoresTwoInput(EnrichOperator::new, harness -> {
            harness.processWatermark1(10);
            harness.processWatermark2(20);
            harness.processWatermarkStatus1(true);
            harness.processWatermarkStatus2(true);
        });
        assertThat(events).map(Object::toString).containsExactly("W(10)", "W(20)", "IDLE");
        try (var harness = new TwoInputOperatorHarness(EnrichOperator::new).open()) {
            harness.processWatermarkStatus1(true).processWatermarkStatus2(true).processWatermarkStatus1(false);
            assertThat(harness.events()).map(Object::toString).containsExactly("IDLE", "ACTIVE");
        }
    }

    @Test
    void processingTimeTimersFireInOrderAndSurviveRestores() throws Exception {
        List<OutputEvent> events = assertSameOutputWithRestores(TimeoutOperator::new, harness -> {
            harness.setProcessingTime(0);
            harness.processElements(PAIR, "+I[1, a]", "+I[2, b]");
            harness.setProcessingTime(50);
            harness.processElements(PAIR, "+I[1, c]");
            harness.setProcessingTime(100);
            harness.setProcessingTime(149);
            harness.setProcessingTime(150);
        });
        assertThat(events).map(Object::toString).containsExactly("+I[2, b@100]", "+I[1, c@150]");
    }
}

package io.eddy.runtime.operator;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.time.WatermarkValve;
import java.util.List;

/**
 * A {@link TwoInputOperator} whose event time is the minimum of its two input watermarks; an idle
 * input is left out, and the operator's output is idle when both inputs are.
 */
public abstract class AbstractTwoInputOperator extends AbstractStreamOperator implements TwoInputOperator {

    private final WatermarkValve inputs = new WatermarkValve(2);

    protected AbstractTwoInputOperator() {
    }

    /** A keyed two-input operator; both inputs must be partitioned by keys of the same schema. */
    protected AbstractTwoInputOperator(KeySelector keySelector) {
        super(keySelector);
    }

    @Override
    List<OperatorSnapshot.InputProgress> inputs() {
        return List.of(new OperatorSnapshot.InputProgress(inputs.inputWatermark(0), inputs.isInputIdle(0)),
                new OperatorSnapshot.InputProgress(inputs.inputWatermark(1), inputs.isInputIdle(1)));
    }

    @Override
    void restoreInputs(long operatorWatermark, List<OperatorSnapshot.InputProgress> restored) {
        if (!restored.isEmpty()) {
            inputs.restore(operatorWatermark,
                    restored.stream().map(OperatorSnapshot.InputProgress::watermark).toList(),
                    restored.stream().map(OperatorSnapshot.InputProgress::idle).toList());
        }
    }

    @Override
    public void processWatermark1(long watermark) throws Exception {
        if (inputs.onWatermark(0, watermark)) {
            advanceWatermark(inputs.currentWatermark());
        }
    }

    @Override
    public void processWatermark2(long watermark) throws Exception {
        if (inputs.onWatermark(1, watermark)) {
            advanceWatermark(inputs.currentWatermark());
        }
    }

    @Override
    public void processWatermarkStatus1(boolean idle) throws Exception {
        onStatus(0, idle);
    }

    @Override
    public void processWatermarkStatus2(boolean idle) throws Exception {
        onStatus(1, idle);
    }

    private void onStatus(int input, boolean idle) throws Exception {
        long before = inputs.currentWatermark();
        boolean changed = inputs.onStatus(input, idle);
        if (inputs.currentWatermark() > before) {
            advanceWatermark(inputs.currentWatermark());
        }
        if (changed) {
            output.emitWatermarkStatus(inputs.isIdle());
        }
    }
}

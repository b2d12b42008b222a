package io.eddy.runtime.operator;

import io.eddy.runtime.data.KeySelector;

/** A {@link OneInputOperator} whose watermarks fire timers and are forwarded, and whose idleness is forwarded. */
public abstract class AbstractOneInputOperator extends AbstractStreamOperator implements OneInputOperator {

    protected AbstractOneInputOperator() {
    }

    protected AbstractOneInputOperator(KeySelector keySelector) {
        super(keySelector);
    }

    @Override
    public void processWatermark(long watermark) throws Exception {
        advanceWatermark(watermark);
    }

    @Override
    public void processWatermarkStatus(boolean idle) throws Exception {
        output.emitWatermarkStatus(idle);
    }
}

package io.eddy.runtime.operator;

import io.eddy.runtime.data.KeySelector;

/** A {@link TwoInputOperator} whose event time is the minimum of its two input watermarks. */
public abstract class AbstractTwoInputOperator extends AbstractStreamOperator implements TwoInputOperator {

    private long watermark1 = Long.MIN_VALUE;
    private long watermark2 = Long.MIN_VALUE;

    protected AbstractTwoInputOperator() {
    }

    /** A keyed two-input operator; both inputs must be partitioned by keys of the same schema. */
    protected AbstractTwoInputOperator(KeySelector keySelector) {
        super(keySelector);
    }

    @Override
    public void processWatermark1(long watermark) throws Exception {
        watermark1 = watermark;
        combine();
    }

    @Override
    public void processWatermark2(long watermark) throws Exception {
        watermark2 = watermark;
        combine();
    }

    private void combine() throws Exception {
        long combined = Math.min(watermark1, watermark2);
        if (combined > currentWatermark()) {
            advanceWatermark(combined);
        }
    }
}

package io.eddy.runtime.operators.join;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.operator.Output;

/**
 * An {@link Output} that holds watermarks back by a fixed delay, for operators that emit rows older than
 * their input watermark (the interval join's null-padded rows), as Flink's watermark-delaying co-process
 * operator. The end-of-input watermark ({@code Long.MAX_VALUE}) and {@code Long.MIN_VALUE} pass unchanged.
 */
final class WatermarkDelayingOutput implements Output {

    private final Output target;
    private final long delay;

    WatermarkDelayingOutput(Output target, long delay) {
        this.target = requireNonNull(target, "target is null");
        if (delay < 0) {
            throw new IllegalArgumentException("watermark delay must not be negative: " + delay);
        }
        this.delay = delay;
    }

    @Override
    public void collect(Row row) {
        target.collect(row);
    }

    @Override
    public void emitWatermark(long watermark) {
        boolean passesUnchanged = watermark == Long.MAX_VALUE || watermark < Long.MIN_VALUE + delay;
        target.emitWatermark(passesUnchanged ? watermark : watermark - delay);
    }

    @Override
    public void emitWatermarkStatus(boolean idle) {
        target.emitWatermarkStatus(idle);
    }
}

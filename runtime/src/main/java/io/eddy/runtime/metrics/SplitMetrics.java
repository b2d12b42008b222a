package io.eddy.runtime.metrics;

import static java.util.Objects.requireNonNull;

/**
 * The live progress of one source split: records read, current watermark, and the position and lag
 * the reader reports (lag is source-defined: records or milliseconds behind the head).
 */
public final class SplitMetrics {

    private final String splitId;
    private final int subtaskIndex;
    private final Counter records = new Counter();
    private final Counter watermark = new Counter();
    private final Counter lag = new Counter();
    private volatile String position = "";
    private volatile boolean idle;

    public SplitMetrics(String splitId, int subtaskIndex) {
        this.splitId = requireNonNull(splitId, "splitId is null");
        this.subtaskIndex = subtaskIndex;
        watermark.set(Long.MIN_VALUE);
    }

    public Counter records() {
        return records;
    }

    public Counter watermark() {
        return watermark;
    }

    public void reportPosition(String newPosition, long newLag) {
        position = requireNonNull(newPosition, "position is null");
        lag.set(newLag);
    }

    public void setIdle(boolean isIdle) {
        idle = isIdle;
    }

    public SplitMetricsSnapshot snapshot() {
        return new SplitMetricsSnapshot(splitId, subtaskIndex, records.get(), watermark.get(), position, lag.get(), idle);
    }
}

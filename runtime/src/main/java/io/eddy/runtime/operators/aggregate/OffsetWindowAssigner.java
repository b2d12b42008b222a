package io.eddy.runtime.operators.aggregate;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.operators.WindowAssigner;
import java.time.Duration;
import java.util.function.LongConsumer;

/**
 * Windows shifted by an offset, as Flink's {@code TUMBLE/HOP/CUMULATE(..., offset)}: the windows of
 * {@code timestamp} are those the aligned assigner gives {@code timestamp - offset}, moved by
 * {@code offset}. An offset of one window size (or a multiple, or its negative) gives the aligned windows
 * again.
 */
public final class OffsetWindowAssigner implements WindowAssigner {

    private final WindowAssigner aligned;
    private final long offsetMillis;

    private OffsetWindowAssigner(WindowAssigner aligned, long offsetMillis) {
        this.aligned = aligned;
        this.offsetMillis = offsetMillis;
    }

    /** {@code aligned} shifted by {@code offset}; {@code aligned} itself when the offset is zero. */
    public static WindowAssigner of(WindowAssigner aligned, Duration offset) {
        requireNonNull(aligned, "aligned is null");
        long millis = requireNonNull(offset, "offset is null").toMillis();
        return millis == 0 ? aligned : new OffsetWindowAssigner(aligned, millis);
    }

    @Override
    public void assignWindows(long timestamp, LongConsumer windowEnds) {
        aligned.assignWindows(timestamp - offsetMillis, end -> windowEnds.accept(end + offsetMillis));
    }

    @Override
    public long windowStart(long windowEnd) {
        return aligned.windowStart(windowEnd - offsetMillis) + offsetMillis;
    }

    @Override
    public String toString() {
        return aligned + " offset " + Duration.ofMillis(offsetMillis);
    }
}

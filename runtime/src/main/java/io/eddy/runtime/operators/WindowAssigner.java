package io.eddy.runtime.operators;

import java.time.Duration;
import java.util.function.LongConsumer;

/**
 * Assigns an event timestamp to event-time windows, as Flink SQL's window table-valued functions do:
 * TUMBLE, HOP and CUMULATE (with offset 0). A window is identified by its end, which is unique among
 * the windows of one assigner; its start is derived from the end.
 */
public interface WindowAssigner {

    /** Passes the end of every window containing {@code timestamp} to {@code windowEnds}, earliest first. */
    void assignWindows(long timestamp, LongConsumer windowEnds);

    /** The start of the window ending at {@code windowEnd}. */
    long windowStart(long windowEnd);

    /** {@code TUMBLE(..., size)}: consecutive windows of {@code size}. */
    static WindowAssigner tumbling(Duration size) {
        long sizeMillis = positive(size, "window size");
        return new WindowAssigner() {
            @Override
            public void assignWindows(long timestamp, LongConsumer windowEnds) {
                windowEnds.accept(timestamp - Math.floorMod(timestamp, sizeMillis) + sizeMillis);
            }

            @Override
            public long windowStart(long windowEnd) {
                return windowEnd - sizeMillis;
            }

            @Override
            public String toString() {
                return "TUMBLE(" + size + ")";
            }
        };
    }

    /** {@code HOP(..., slide, size)}: windows of {@code size} starting every {@code slide}. */
    static WindowAssigner hopping(Duration size, Duration slide) {
        long sizeMillis = positive(size, "window size");
        long slideMillis = positive(slide, "window slide");
        if (sizeMillis % slideMillis != 0) {
            throw new IllegalArgumentException("HOP window size " + size + " must be a multiple of the slide " + slide);
        }
        return new WindowAssigner() {
            @Override
            public void assignWindows(long timestamp, LongConsumer windowEnds) {
                long lastStart = timestamp - Math.floorMod(timestamp, slideMillis);
                for (long start = lastStart - sizeMillis + slideMillis; start <= lastStart; start += slideMillis) {
                    windowEnds.accept(start + sizeMillis);
                }
            }

            @Override
            public long windowStart(long windowEnd) {
                return windowEnd - sizeMillis;
            }

            @Override
            public String toString() {
                return "HOP(" + slide + ", " + size + ")";
            }
        };
    }

    /** {@code CUMULATE(..., step, maxSize)}: windows starting every {@code maxSize}, growing by {@code step}. */
    static WindowAssigner cumulative(Duration step, Duration maxSize) {
        long stepMillis = positive(step, "window step");
        long maxMillis = positive(maxSize, "window max size");
        if (maxMillis % stepMillis != 0) {
            throw new IllegalArgumentException("CUMULATE max size " + maxSize + " must be a multiple of the step " + step);
        }
        return new WindowAssigner() {
            @Override
            public void assignWindows(long timestamp, LongConsumer windowEnds) {
                long start = timestamp - Math.floorMod(timestamp, maxMillis);
                long firstEnd = timestamp - Math.floorMod(timestamp, stepMillis) + stepMillis;
                for (long end = firstEnd; end <= start + maxMillis; end += stepMillis) {
                    windowEnds.accept(end);
                }
            }

            @Override
            public long windowStart(long windowEnd) {
                return (windowEnd - 1) - Math.floorMod(windowEnd - 1, maxMillis);
            }

            @Override
            public String toString() {
                return "CUMULATE(" + step + ", " + maxSize + ")";
            }
        };
    }

    private static long positive(Duration duration, String what) {
        long millis = duration.toMillis();
        if (millis <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + duration);
        }
        return millis;
    }
}

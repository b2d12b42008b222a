package io.eddy.runtime.operators.aggregate;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.operators.WindowAssigner;
import java.util.function.LongConsumer;

/**
 * Cuts the time line of a {@link WindowAssigner} into slices, as Flink's slice assigners do: the
 * slices are the intervals between consecutive window ends, so each timestamp lies in exactly one
 * slice, every window is a run of whole slices, and a slice is named by its end. TUMBLE gives one
 * slice per window, HOP slices of the slide, CUMULATE slices of the step (also when shifted by an
 * offset). This holds for assigners whose window starts are also window ends, which is true of all
 * three; everything here is derived from {@link WindowAssigner#assignWindows} and
 * {@link WindowAssigner#windowStart}, so no assigner needs to know about slices.
 *
 * <p>Not thread-safe: it reuses one collector (one instance per operator subtask).
 */
final class WindowSlices {

    private final WindowAssigner assigner;
    private final Collector collector = new Collector();
    private long cachedSlice = Long.MIN_VALUE;
    private long cachedLastWindow;

    WindowSlices(WindowAssigner assigner) {
        this.assigner = requireNonNull(assigner, "assigner is null");
    }

    /** The end of the slice holding {@code timestamp}: the end of its earliest window. */
    long sliceEnd(long timestamp) {
        return collector.collect(timestamp, Long.MAX_VALUE).first;
    }

    /** The end of the last window the slice ending at {@code sliceEnd} belongs to. */
    long lastWindowEnd(long sliceEnd) {
        if (sliceEnd != cachedSlice) {
            cachedLastWindow = collector.collect(sliceEnd - 1, Long.MAX_VALUE).last;
            cachedSlice = sliceEnd;
        }
        return cachedLastWindow;
    }

    /**
     * The end of the first window of the slice ending at {@code sliceEnd} that ends after {@code time},
     * or {@link Long#MAX_VALUE} when every window of the slice ends at or before it.
     */
    long firstWindowEndAfter(long sliceEnd, long time) {
        return collector.collect(sliceEnd - 1, time).firstAfter;
    }

    /** Passes the end of every slice of the window ending at {@code windowEnd} to {@code sliceEnds}, earliest first. */
    void forEachSlice(long windowEnd, LongConsumer sliceEnds) {
        long time = assigner.windowStart(windowEnd);
        while (time < windowEnd) {
            long sliceEnd = sliceEnd(time);
            sliceEnds.accept(sliceEnd);
            time = sliceEnd;
        }
    }

    @Override
    public String toString() {
        return "slices of " + assigner;
    }

    /** The first and last window end of one timestamp, and the first one after a given time. */
    private final class Collector implements LongConsumer {
        private long first;
        private long last;
        private long after;
        private long firstAfter;

        Collector collect(long timestamp, long afterTime) {
            first = Long.MAX_VALUE;
            last = Long.MIN_VALUE;
            after = afterTime;
            firstAfter = Long.MAX_VALUE;
            assigner.assignWindows(timestamp, this);
            return this;
        }

        @Override
        public void accept(long windowEnd) {
            first = Math.min(first, windowEnd);
            last = Math.max(last, windowEnd);
            if (windowEnd > after && windowEnd < firstAfter) {
                firstAfter = windowEnd;
            }
        }
    }
}

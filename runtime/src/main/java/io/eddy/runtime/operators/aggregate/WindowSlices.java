package io.eddy.runtime.operators.aggregate;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.operators.WindowAssigner;
import java.util.Arrays;
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
    private long lastSliceEnd = Long.MIN_VALUE;
    private long lastSliceLow = Long.MAX_VALUE;
    private long cachedSlice = Long.MIN_VALUE;
    private long cachedLastWindow;
    private final WindowOfSlices window = new WindowOfSlices();

    WindowSlices(WindowAssigner assigner) {
        this.assigner = requireNonNull(assigner, "assigner is null");
    }

    /** The end of the slice holding {@code timestamp}: the end of its earliest window. */
    long sliceEnd(long timestamp) {
        // slices are intervals: every time from the earliest one seen in the last slice to its end is in it
        if (timestamp < lastSliceEnd && timestamp >= lastSliceLow) {
            return lastSliceEnd;
        }
        long sliceEnd = collector.collect(timestamp, Long.MAX_VALUE).first;
        if (sliceEnd != lastSliceEnd) {
            lastSliceEnd = sliceEnd;
            lastSliceLow = timestamp;
        } else {
            lastSliceLow = Math.min(lastSliceLow, timestamp);
        }
        return sliceEnd;
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

    /**
     * The slices of the window ending at {@code windowEnd}, earliest first, each with its fate when the
     * window fires. Valid until the next call; computed once per window end, as every key of a subtask
     * fires the same window in turn.
     */
    WindowOfSlices window(long windowEnd) {
        if (window.windowEnd != windowEnd || window.count == 0) {
            window.windowEnd = windowEnd;
            window.count = 0;
            long time = assigner.windowStart(windowEnd);
            while (time < windowEnd) {
                Collector windows = collector.collect(time, windowEnd);
                window.add(windows.first, windows.last <= windowEnd, windows.firstAfter);
                time = windows.first;
            }
        }
        return window;
    }

    @Override
    public String toString() {
        return "slices of " + assigner;
    }

    /** The slices of one window: for each its end, whether the window is its last, and else its next window. */
    static final class WindowOfSlices {
        private long windowEnd;
        private int count;
        private long[] sliceEnds = new long[8];
        private boolean[] lastWindow = new boolean[8];
        private long[] nextWindow = new long[8];

        private void add(long sliceEnd, boolean last, long next) {
            if (count == sliceEnds.length) {
                sliceEnds = Arrays.copyOf(sliceEnds, count * 2);
                lastWindow = Arrays.copyOf(lastWindow, count * 2);
                nextWindow = Arrays.copyOf(nextWindow, count * 2);
            }
            sliceEnds[count] = sliceEnd;
            lastWindow[count] = last;
            nextWindow[count] = next;
            count++;
        }

        int count() {
            return count;
        }

        long sliceEnd(int slice) {
            return sliceEnds[slice];
        }

        /** Whether this window is the last one of the slice, which can then be dropped. */
        boolean isLastWindow(int slice) {
            return lastWindow[slice];
        }

        /** The end of the slice's first window after this one (when this is not its last). */
        long nextWindow(int slice) {
            return nextWindow[slice];
        }
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

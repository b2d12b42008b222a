package io.eddy.runtime.operators.aggregate;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The in-memory combine buffer of a sliced window aggregate, as Flink's window buffer: between
 * flushes, rows are accumulated into one accumulator per (key, slice end), so keyed state sees one
 * read and one write per distinct (key, slice) instead of several per row. Entries are drained in the
 * order they were created, which keeps the order of timers and results close to arrival order.
 * One instance per operator subtask; not thread-safe.
 */
final class SliceBuffer {

    /** Receives the drained entries. */
    interface Drain {
        void accept(Row key, long sliceEnd, Row accumulator) throws Exception;
    }

    private final Map<SliceKey, Row> accumulators = new LinkedHashMap<>();
    private final SliceKey probe = new SliceKey();
    private final Supplier<Row> newAccumulator;
    private long minSliceEnd = Long.MAX_VALUE;

    /** @param newAccumulator makes the fresh accumulator of a new (key, slice) */
    SliceBuffer(Supplier<Row> newAccumulator) {
        this.newAccumulator = requireNonNull(newAccumulator, "newAccumulator is null");
    }

    /** The accumulator of ({@code key}, {@code sliceEnd}), created when missing; {@code key} may be reused by the caller. */
    Row accumulator(Row key, long sliceEnd) {
        Row accumulator = accumulators.get(probe.set(key, sliceEnd));
        if (accumulator == null) {
            accumulator = newAccumulator.get();
            accumulators.put(new SliceKey().set(key.copy(), sliceEnd), accumulator);
            minSliceEnd = Math.min(minSliceEnd, sliceEnd);
        }
        return accumulator;
    }

    /** The number of (key, slice) entries. */
    int size() {
        return accumulators.size();
    }

    boolean isEmpty() {
        return accumulators.isEmpty();
    }

    /** The earliest slice end in the buffer, {@link Long#MAX_VALUE} when it is empty. */
    long minSliceEnd() {
        return minSliceEnd;
    }

    /** Hands every entry to {@code drain} in creation order, then empties the buffer. */
    void drain(Drain drain) throws Exception {
        for (Map.Entry<SliceKey, Row> entry : accumulators.entrySet()) {
            drain.accept(entry.getKey().key, entry.getKey().sliceEnd, entry.getValue());
        }
        accumulators.clear();
        minSliceEnd = Long.MAX_VALUE;
    }

    @Override
    public String toString() {
        return "SliceBuffer(" + accumulators.size() + " entries)";
    }

    /** A key and a slice end; the probe instance is reset per lookup, stored instances never change. */
    private static final class SliceKey {
        private Row key;
        private long sliceEnd;
        private int hash;

        SliceKey set(Row newKey, long newSliceEnd) {
            this.key = newKey;
            this.sliceEnd = newSliceEnd;
            this.hash = 31 * newKey.hashCode() + Long.hashCode(newSliceEnd);
            return this;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SliceKey that && sliceEnd == that.sliceEnd && key.equals(that.key);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}

package io.eddy.runtime.operators.rank;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.state.StateTtl;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Top-N over append-only input: state holds only the top {@code end} rows of each partition, one map
 * entry per sort key, and a per-partition {@link TopNBuffer} is cached (least recently used first out, at most
 * {@code table.exec.rank.topn-cache-size} partitions).
 * A row that does not rank within the range costs a key projection, a cache lookup and one comparison
 * with the worst kept row (no state access when the partition is cached).
 *
 * <p>Without a state TTL the cache is written behind: a row that enters changes only the cached buffer, and a
 * partition's changed sort keys are written to state, once each, when it leaves the cache and before a
 * snapshot. State is read only for partitions not in the cache, so it is never read stale; in a hot partition
 * most rows that enter are pushed out again before they would ever be written. With a TTL every change is
 * written at once, so that the state's write times are those of the rows. Rows with a string or another
 * variable-width field are kept serialized in heap state, one byte array per sort key.
 */
final class AppendOnlyTopNOperator extends TopNOperator {

    private final Map<Row, TopNBuffer> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Row, TopNBuffer> eldest) {
            if (size() <= cacheSize) {
                return false;
            }
            if (eldest.getValue().isChanged()) {
                Row current = keyedStateBackend().currentKey();
                write(eldest.getKey(), eldest.getValue());
                keyedStateBackend().setCurrentKey(current);
            }
            return true;
        }
    };
    private int cacheSize;
    /** Whether changes wait in the cache until a partition leaves it or a snapshot is taken (no state TTL). */
    private boolean writeBehind;

    private final Comparator<Row> rowComparator;

    AppendOnlyTopNOperator(TopNSpec spec) {
        super(spec);
        this.rowComparator = spec.sortCode().rowComparator(spec.sort(), spec.inputSchema());
    }

    @Override
    public void open() throws Exception {
        super.open();
        cacheSize = context.configuration().get(RankOptions.TOPN_CACHE_SIZE);
        writeBehind = !StateTtl.fromConfiguration(context.configuration()).isEnabled();
    }

    /** The cache holds the rows of recent partitions; the state's copies are read on a cache miss only. */
    @Override
    protected boolean keepsRowsSerialized() {
        return !spec.inputSchema().fixedWidthOnly();
    }

    @Override
    public void processElement(Row row) {
        if (row.getKind() != RowKind.INSERT) {
            throw new IllegalStateException("append-only Top-N received " + row + "; changelog input needs the retracting Top-N");
        }
        Row partition = spec.partitionKey().getKey(row);
        TopNBuffer buffer = cache.get(partition);
        boolean keySet = buffer == null;
        if (buffer == null) {
            keyedStateBackend().setCurrentKey(partition);
            buffer = load(partition);
        }
        if (!buffer.admits(row, rankEnd, rowComparator)) {
            return;
        }
        if (!keySet && !writeBehind) {
            keyedStateBackend().setCurrentKey(partition);
        }
        Row sortKey = sortKeySelector.getKey(row);
        Row kept = row.copy();
        buffer.add(sortKey, kept);
        if (ranked) {
            emitShiftedRanks(buffer, sortKey, kept);
            trim(buffer, sortKey);
        } else {
            Row evicted = buffer.size() > rankEnd ? evictLast(buffer, sortKey) : null;
            changed(buffer, sortKey);
            if (evicted != null) {
                rankedOutput.emit(RowKind.DELETE, evicted);
            }
            rankedOutput.emit(RowKind.INSERT, kept);
        }
    }

    /** Reads the partition's kept rows from state into a new cached buffer; the partition is the current key. */
    private TopNBuffer load(Row partition) {
        TopNBuffer buffer = new TopNBuffer(sortKeyComparator);
        for (Map.Entry<Row, List<Row>> entry : rowsBySortKey.entries()) {
            buffer.addAll(entry.getKey(), entry.getValue());
        }
        cache.put(partition.copy(), buffer);
        return buffer;
    }

    /** Removes the worst row; persists its sort key unless it is {@code sortKey} (the caller persists that). */
    private Row evictLast(TopNBuffer buffer, Row sortKey) {
        Row lastKey = buffer.lastKey();
        Row evicted = buffer.removeLast();
        if (sortKeyComparator.compare(lastKey, sortKey) != 0) {
            changed(buffer, lastKey);
        }
        return evicted;
    }

    /**
     * The new row took rank r (after its ties): every kept row from r on moves one rank down. Each rank
     * whose occupant changes gets -U old / +U new; the first rank that was empty gets +I.
     */
    private void emitShiftedRanks(TopNBuffer buffer, Row sortKey, Row kept) {
        long rank = 0;
        RankShift shift = null;
        for (Map.Entry<Row, List<Row>> entry : buffer.sorted().entrySet()) {
            if (shift != null) {
                shift.pushDown(entry.getValue());
                if (!shift.withinEnd()) {
                    return;
                }
                continue;
            }
            rank += entry.getValue().size();
            if (rank > rankEnd) {
                return;
            }
            if (sortKeyComparator.compare(entry.getKey(), sortKey) == 0) {
                shift = new RankShift(rankedOutput, rankEnd).at(rank, kept);
            }
        }
        if (shift != null) {
            rankedOutput.emit(RowKind.INSERT, shift.carried, shift.rank);
        }
    }

    /** Drops rows ranked after the range end and writes the touched sort keys. */
    private void trim(TopNBuffer buffer, Row sortKey) {
        while (buffer.size() > rankEnd) {
            evictLast(buffer, sortKey);
        }
        changed(buffer, sortKey);
    }

    /** The rows of one sort key changed: written now, or marked to be written with the partition (write-behind). */
    private void changed(TopNBuffer buffer, Row sortKey) {
        if (writeBehind) {
            buffer.markChanged(sortKey);
        } else {
            persist(sortKey, buffer.get(sortKey));
        }
    }

    /** Writes the partition's changed sort keys to state, once each however often they changed. */
    private void write(Row partition, TopNBuffer buffer) {
        keyedStateBackend().setCurrentKey(partition);
        for (Row sortKey : buffer.takeChangedKeys()) {
            persist(sortKey, buffer.get(sortKey));
        }
    }

    /** Writes the changed partitions of the cache, so the snapshot holds them. */
    @Override
    protected void prepareSnapshot(long checkpointId) {
        for (Map.Entry<Row, TopNBuffer> entry : cache.entrySet()) {
            if (entry.getValue().isChanged()) {
                write(entry.getKey(), entry.getValue());
            }
        }
    }
}

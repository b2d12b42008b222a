package io.eddy.runtime.operators.rank;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Top-N over append-only input: state holds only the top {@code end} rows of each partition, one map
 * entry per sort key, and a per-partition {@link TopNBuffer} is cached (least recently used first out, at most
 * {@code table.exec.rank.topn-cache-size} partitions).
 * A row that does not rank within the range costs a key projection, a cache lookup and one comparison
 * with the worst kept row (no state access when the partition is cached); a row that enters writes its sort key's entry and removes what falls out.
 * Rows with a string or another variable-width field are kept serialized in heap state, one byte array per sort key.
 */
final class AppendOnlyTopNOperator extends TopNOperator {

    private final Map<Row, TopNBuffer> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Row, TopNBuffer> eldest) {
            return size() > cacheSize;
        }
    };
    private int cacheSize;

    private final Comparator<Row> rowComparator;

    AppendOnlyTopNOperator(TopNSpec spec) {
        super(spec);
        this.rowComparator = spec.sortCode().rowComparator(spec.sort(), spec.inputSchema());
    }

    @Override
    public void open() throws Exception {
        super.open();
        cacheSize = context.configuration().get(RankOptions.TOPN_CACHE_SIZE);
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
        if (!keySet) {
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
            persist(sortKey, buffer.get(sortKey));
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
            persist(lastKey, buffer.get(lastKey));
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
        persist(sortKey, buffer.get(sortKey));
    }
}

package io.eddy.runtime.operators.rank;

import io.eddy.runtime.data.Row;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sorted rows of one partition held in memory: sort key to the rows with that key in arrival
 * order. The lists are owned by the buffer; callers copy them before putting them into state.
 */
final class TopNBuffer {

    private final TreeMap<Row, List<Row>> rows;
    private int size;
    /** The sort keys whose rows changed since they were last written to state, in the buffer's order; null when none. */
    private TreeSet<Row> changedKeys;

    TopNBuffer(Comparator<Row> sortKeyComparator) {
        this.rows = new TreeMap<>(sortKeyComparator);
    }

    /**
     * True when {@code row} would rank within the first {@code limit} rows (after its ties): there is room,
     * or it sorts strictly before the worst kept row by {@code rowComparator}, which compares input rows.
     */
    boolean admits(Row row, long limit, Comparator<Row> rowComparator) {
        if (size < limit) {
            return true;
        }
        Map.Entry<Row, List<Row>> worst = rows.lastEntry();
        if (worst == null) {
            return true;
        }
        List<Row> worstRows = worst.getValue();
        return rowComparator.compare(row, worstRows.get(worstRows.size() - 1)) < 0;
    }

    /** Appends {@code row} after the rows of an equal sort key. */
    void add(Row sortKey, Row row) {
        rows.computeIfAbsent(sortKey, key -> new ArrayList<>(1)).add(row);
        size++;
    }

    /** Adds the rows of a sort key read from state. */
    void addAll(Row sortKey, List<Row> keyRows) {
        if (!keyRows.isEmpty()) {
            rows.computeIfAbsent(sortKey, key -> new ArrayList<>(keyRows.size())).addAll(keyRows);
            size += keyRows.size();
        }
    }

    /** The rows of a sort key, or null. */
    List<Row> get(Row sortKey) {
        return rows.get(sortKey);
    }

    /** Removes the last row of the last sort key, returning it; the key goes when its list is empty. */
    Row removeLast() {
        Map.Entry<Row, List<Row>> last = rows.lastEntry();
        List<Row> list = last.getValue();
        Row removed = list.remove(list.size() - 1);
        if (list.isEmpty()) {
            rows.remove(last.getKey());
        }
        size--;
        return removed;
    }

    Row lastKey() {
        return rows.lastKey();
    }

    int size() {
        return size;
    }

    /** Notes that the rows of {@code sortKey} changed and are to be written to state. */
    void markChanged(Row sortKey) {
        if (changedKeys == null) {
            changedKeys = new TreeSet<>(rows.comparator());
        }
        changedKeys.add(sortKey);
    }

    /** Whether rows changed since {@link #takeChangedKeys()} was last called. */
    boolean isChanged() {
        return changedKeys != null;
    }

    /** The sort keys whose rows changed (their rows are {@link #get}, null when they left), forgetting them. */
    Collection<Row> takeChangedKeys() {
        Collection<Row> changed = changedKeys == null ? List.of() : changedKeys;
        changedKeys = null;
        return changed;
    }

    NavigableMap<Row, List<Row>> sorted() {
        return rows;
    }
}

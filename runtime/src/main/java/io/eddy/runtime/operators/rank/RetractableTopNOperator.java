package io.eddy.runtime.operators.rank;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.metrics.Counter;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.ValueState;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Top-N over changelog input ({@code +I}, {@code -U}, {@code +U}, {@code -D}): keeps every row of a
 * partition (rows below the range may move up when rows above are retracted) as sort key to rows, plus
 * the sorted counts per sort key so ranks are found without reading the rows ahead of a change.
 * Accumulations ({@code +I}, {@code +U}) insert, retractions ({@code -U}, {@code -D}) remove an equal row.
 */
final class RetractableTopNOperator extends TopNOperator {

    private ValueState<TreeMap<Row, Long>> countsState;
    private Counter staleRetractions;

    RetractableTopNOperator(TopNSpec spec) {
        super(spec);
    }

    @Override
    public void open() throws Exception {
        super.open();
        countsState = keyedStateBackend().valueState(withTtl(StateDescriptor.value("sort-key-counts",
                new SortKeyCountsSerializer(new RowSerializer(sortKeySelector.keySchema()), sortKeyComparator))));
        staleRetractions = context.metrics().counter(STALE_RETRACTIONS_IGNORED);
    }

    @Override
    public void processElement(Row row) {
        setCurrentKeyOf(row);
        TreeMap<Row, Long> counts = countsState.value();
        if (counts == null) {
            counts = new TreeMap<>(sortKeyComparator);
        }
        Row sortKey = sortKeySelector.getKey(row);
        Row normalized = row.copy().setKind(RowKind.INSERT);
        if (row.getKind().isAccumulate()) {
            counts.merge(sortKey, 1L, Long::sum);
            if (ranked) {
                emitInsertWithRanks(counts, sortKey, normalized);
            } else {
                emitInsert(counts, sortKey, normalized);
            }
            List<Row> rows = rowsBySortKey.get(sortKey);
            List<Row> updated = rows == null ? new ArrayList<>(1) : new ArrayList<>(rows);
            updated.add(normalized);
            persist(sortKey, updated);
        } else {
            boolean removed = ranked ? retractWithRanks(counts, sortKey, normalized) : retract(counts, sortKey, normalized);
            if (removed || removeOutsideRange(sortKey, normalized)) {
                Long count = counts.get(sortKey);
                if (count == null || count <= 1) {
                    counts.remove(sortKey);
                } else {
                    counts.put(sortKey, count - 1);
                }
            } else {
                staleRetractions.increment();
            }
        }
        if (counts.isEmpty()) {
            countsState.clear();
        } else {
            countsState.update(counts);
        }
    }

    /** Removes a retracted row ranked after the range end from state; false when it is not there. */
    private boolean removeOutsideRange(Row sortKey, Row retracted) {
        List<Row> rows = rowsBySortKey.get(sortKey);
        if (rows == null) {
            return false;
        }
        List<Row> updated = new ArrayList<>(rows);
        if (!updated.remove(retracted)) {
            return false;
        }
        persist(sortKey, updated);
        return true;
    }

    /** The rows of a sort key counted in {@code counts}; a key whose rows expired is dropped from the iteration. */
    private List<Row> rowsOf(Iterator<Map.Entry<Row, Long>> iterator, Row sortKey) {
        List<Row> rows = rowsBySortKey.get(sortKey);
        if (rows == null) {
            iterator.remove();
        }
        return rows;
    }

    /** Without rank numbers: +I the new row if it ranks within the end, -D the row it pushes out. */
    private void emitInsert(TreeMap<Row, Long> counts, Row sortKey, Row inserted) {
        long rank = 0;
        boolean found = false;
        boolean insert = false;
        Row pushedOut = null;
        Iterator<Map.Entry<Row, Long>> iterator = counts.entrySet().iterator();
        while (iterator.hasNext() && rank <= rankEnd) {
            Map.Entry<Row, Long> entry = iterator.next();
            if (!found) {
                rank += entry.getValue();
                if (sortKeyComparator.compare(entry.getKey(), sortKey) == 0) {
                    insert = rank <= rankEnd;
                    found = true;
                }
                continue;
            }
            List<Row> rows = rowsOf(iterator, entry.getKey());
            if (rows == null) {
                continue;
            }
            long lastRank = rank + rows.size();
            if (lastRank <= rankEnd) {
                rank = lastRank;
            } else {
                pushedOut = rows.get((int) (rankEnd - rank));
                break;
            }
        }
        if (pushedOut != null) {
            rankedOutput.emit(RowKind.DELETE, pushedOut);
        }
        if (insert) {
            rankedOutput.emit(RowKind.INSERT, inserted);
        }
    }

    /** With ranks: the new row takes rank r, every later row moves one down (-U/+U per rank, +I for a new rank). */
    private void emitInsertWithRanks(TreeMap<Row, Long> counts, Row sortKey, Row inserted) {
        long rank = 0;
        RankShift shift = null;
        Iterator<Map.Entry<Row, Long>> iterator = counts.entrySet().iterator();
        while (iterator.hasNext() && (shift == null ? rank <= rankEnd : shift.withinEnd())) {
            Map.Entry<Row, Long> entry = iterator.next();
            if (shift == null) {
                rank += entry.getValue();
                if (sortKeyComparator.compare(entry.getKey(), sortKey) == 0) {
                    shift = new RankShift(rankedOutput, rankEnd).at(rank, inserted);
                }
                continue;
            }
            List<Row> rows = rowsOf(iterator, entry.getKey());
            if (rows != null) {
                shift.pushDown(rows);
            }
        }
        if (shift != null && shift.withinEnd()) {
            rankedOutput.emit(RowKind.INSERT, shift.carried, shift.rank);
        }
    }

    /**
     * Without rank numbers: -D the retracted row if it ranks within the end, +I the row that moves up
     * into the last rank. Returns whether the row was found (and removed from state).
     */
    private boolean retract(TreeMap<Row, Long> counts, Row sortKey, Row retracted) {
        long nextRank = 1;
        boolean found = false;
        Iterator<Map.Entry<Row, Long>> iterator = counts.entrySet().iterator();
        while (iterator.hasNext() && nextRank <= rankEnd) {
            Map.Entry<Row, Long> entry = iterator.next();
            Row key = entry.getKey();
            if (!found && sortKeyComparator.compare(key, sortKey) == 0) {
                List<Row> rows = rowsOf(iterator, key);
                if (rows == null) {
                    continue;
                }
                List<Row> updated = new ArrayList<>(rows);
                for (int i = 0; i < updated.size() && nextRank <= rankEnd; i++) {
                    Row current = updated.get(i);
                    if (!found && current.equals(retracted)) {
                        rankedOutput.emit(RowKind.DELETE, current);
                        updated.remove(i--);
                        found = true;
                        continue;
                    }
                    if (found && nextRank == rankEnd) {
                        rankedOutput.emit(RowKind.INSERT, current);
                    }
                    nextRank++;
                }
                if (found) {
                    persist(key, updated);
                }
            } else if (found) {
                List<Row> rows = rowsOf(iterator, key);
                if (rows == null) {
                    continue;
                }
                long lastRank = nextRank + rows.size() - 1;
                if (lastRank < rankEnd) {
                    nextRank = lastRank + 1;
                } else {
                    rankedOutput.emit(RowKind.INSERT, rows.get((int) (rankEnd - nextRank)));
                    break;
                }
            } else {
                nextRank += entry.getValue();
            }
        }
        return found;
    }

    /**
     * With ranks: every row after the retracted one moves one rank up (-U/+U per rank); the last rank
     * that is no longer filled gets -D. Returns whether the row was found (and removed from state).
     */
    private boolean retractWithRanks(TreeMap<Row, Long> counts, Row sortKey, Row retracted) {
        long rank = 0;
        RankShift shift = null;
        Iterator<Map.Entry<Row, Long>> iterator = counts.entrySet().iterator();
        while (iterator.hasNext() && (shift == null ? rank <= rankEnd : shift.withinEnd())) {
            Map.Entry<Row, Long> entry = iterator.next();
            Row key = entry.getKey();
            if (shift != null) {
                List<Row> rows = rowsOf(iterator, key);
                if (rows != null) {
                    shift.pullUp(rows);
                }
            } else if (sortKeyComparator.compare(key, sortKey) != 0) {
                rank += entry.getValue();
            } else {
                List<Row> rows = rowsOf(iterator, key);
                if (rows == null) {
                    continue;
                }
                List<Row> updated = new ArrayList<>(rows);
                for (int i = 0; i < updated.size() && rank <= rankEnd; i++) {
                    if (updated.get(i).equals(retracted)) {
                        shift = new RankShift(rankedOutput, rankEnd).at(rank + 1, updated.remove(i));
                        shift.pullUp(updated.subList(i, updated.size()));
                        break;
                    }
                    rank++;
                }
                if (shift != null) {
                    persist(key, updated);
                }
            }
        }
        if (shift != null && shift.withinEnd()) {
            rankedOutput.emit(RowKind.DELETE, shift.carried, shift.rank);
        }
        return shift != null;
    }
}

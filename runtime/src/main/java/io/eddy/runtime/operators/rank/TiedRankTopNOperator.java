package io.eddy.runtime.operators.rank;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.metrics.Counter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Top-N by {@code RANK()} or {@code DENSE_RANK()}: rows with equal sort keys share a rank, so a range can
 * hold more rows than its size and one change can move the ranks of many rows. Each change reads the
 * partition's rows, applies the change and emits the difference between the ranked rows before and after:
 * {@code -D} for each (row, rank) that left the range, then {@code +I} for each that entered it (the rank is
 * part of the row only when it is output). Accumulations ({@code +I}, {@code +U}) add a row, retractions
 * ({@code -U}, {@code -D}) remove an equal one. Over append-only input, rows ranked after the range are
 * dropped from state since ranks there only grow; over changelog input every row is kept.
 *
 * <p>Cost: each change reads every kept row of its partition; meant for partitions of modest size.
 */
final class TiedRankTopNOperator extends TopNOperator {

    private final RankType rankType;
    private final boolean appendOnlyInput;
    private Counter staleRetractions;

    TiedRankTopNOperator(TopNSpec spec, RankType rankType, boolean appendOnlyInput) {
        super(spec);
        if (rankType == RankType.ROW_NUMBER) {
            throw new IllegalArgumentException("ROW_NUMBER Top-N has its own operators");
        }
        this.rankType = rankType;
        this.appendOnlyInput = appendOnlyInput;
    }

    @Override
    public void open() throws Exception {
        super.open();
        staleRetractions = context.metrics().counter(STALE_RETRACTIONS_IGNORED);
    }

    @Override
    public void processElement(Row row) {
        if (appendOnlyInput && row.getKind() != RowKind.INSERT) {
            throw new IllegalStateException("append-only Top-N received " + row + "; changelog input needs the retracting Top-N");
        }
        setCurrentKeyOf(row);
        TreeMap<Row, List<Row>> partition = new TreeMap<>(sortKeyComparator);
        for (Map.Entry<Row, List<Row>> entry : rowsBySortKey.entries()) {
            partition.put(entry.getKey(), new ArrayList<>(entry.getValue()));
        }
        List<Ranked> before = ranked(partition);
        Row sortKey = sortKeySelector.getKey(row).copy();
        Row normalized = row.copy().setKind(RowKind.INSERT);
        if (row.getKind().isAccumulate()) {
            partition.computeIfAbsent(sortKey, key -> new ArrayList<>(1)).add(normalized);
        } else {
            List<Row> rows = partition.get(sortKey);
            if (rows == null || !rows.remove(normalized)) {
                staleRetractions.increment();
                return;
            }
        }
        persist(sortKey, partition.get(sortKey));
        if (appendOnlyInput) {
            dropAfterRange(partition);
        }
        emitDifference(before, ranked(partition));
    }

    /** A kept row and its rank (0 when the rank is not output, so only the row is compared). */
    private record Ranked(Row row, long rank) {
    }

    /** The rows of {@code partition} whose rank is in the range, in rank order. */
    private List<Ranked> ranked(TreeMap<Row, List<Row>> partition) {
        List<Ranked> ranked = new ArrayList<>();
        long rowsBefore = 0;
        long groupsBefore = 0;
        for (List<Row> ties : partition.values()) {
            if (ties.isEmpty()) {
                continue;
            }
            long rank = rankType.groupRank(rowsBefore, groupsBefore);
            if (rank > rankEnd) {
                break;
            }
            if (spec.range().contains(rank)) {
                for (Row tie : ties) {
                    ranked.add(new Ranked(tie, spec.outputRankNumber() ? rank : 0));
                }
            }
            rowsBefore += ties.size();
            groupsBefore++;
        }
        return ranked;
    }

    /** Removes from state the sort keys ranked after the range end; over append-only input they never come back. */
    private void dropAfterRange(TreeMap<Row, List<Row>> partition) {
        long rowsBefore = 0;
        long groupsBefore = 0;
        List<Row> dropped = new ArrayList<>();
        for (Map.Entry<Row, List<Row>> entry : partition.entrySet()) {
            if (rankType.groupRank(rowsBefore, groupsBefore) > rankEnd) {
                dropped.add(entry.getKey());
            }
            rowsBefore += entry.getValue().size();
            groupsBefore++;
        }
        for (Row key : dropped) {
            partition.remove(key);
            rowsBySortKey.remove(key);
        }
    }

    private void emitDifference(List<Ranked> before, List<Ranked> after) {
        Map<Ranked, Integer> remaining = new HashMap<>();
        after.forEach(ranked -> remaining.merge(ranked, 1, Integer::sum));
        Map<Ranked, Integer> kept = new HashMap<>();
        for (Ranked old : before) {
            if (remaining.merge(old, -1, Integer::sum) >= 0) {
                kept.merge(old, 1, Integer::sum);
            } else {
                emit(RowKind.DELETE, old);
            }
        }
        for (Ranked added : after) {
            if (kept.merge(added, -1, Integer::sum) < 0) {
                emit(RowKind.INSERT, added);
            }
        }
    }

    private void emit(RowKind kind, Ranked ranked) {
        if (spec.outputRankNumber()) {
            rankedOutput.emit(kind, ranked.row(), ranked.rank());
        } else {
            rankedOutput.emit(kind, ranked.row());
        }
    }

    @Override
    public String toString() {
        return "TiedRankTopN(" + rankType + ", " + spec + ")";
    }
}

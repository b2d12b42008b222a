package io.eddy.runtime.operators.rank;

import io.eddy.runtime.data.Row;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The ranking function of a Top-N: how rows with equal sort keys (ties) are numbered.
 */
public enum RankType {
    /** {@code ROW_NUMBER()}: 1, 2, 3, ... with ties in arrival order. */
    ROW_NUMBER,
    /** {@code RANK()}: ties share a rank and leave a gap after them (1, 1, 3). */
    RANK,
    /** {@code DENSE_RANK()}: ties share a rank and leave no gap (1, 1, 2). */
    DENSE_RANK;

    /**
     * The rank of each of {@code sorted} rows (sorted by {@code comparator}, ties adjacent), stopping after
     * the last row whose rank is at most {@code end}: the returned array may be shorter than the list.
     */
    long[] ranks(List<Row> sorted, Comparator<Row> comparator, long end) {
        long[] ranks = new long[sorted.size()];
        int count = 0;
        long distinct = 0;
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie = i > 0 && comparator.compare(sorted.get(i - 1), sorted.get(i)) == 0;
            if (!tie) {
                distinct++;
            }
            long rank = switch (this) {
                case ROW_NUMBER -> i + 1;
                case RANK -> tie ? ranks[i - 1] : i + 1;
                case DENSE_RANK -> distinct;
            };
            if (rank > end) {
                break;
            }
            ranks[count++] = rank;
        }
        return count == ranks.length ? ranks : Arrays.copyOf(ranks, count);
    }

    /** The rank of the first row of a group of ties that follows {@code rowsBefore} rows in {@code groupsBefore} groups. */
    long groupRank(long rowsBefore, long groupsBefore) {
        return switch (this) {
            case ROW_NUMBER, RANK -> rowsBefore + 1;
            case DENSE_RANK -> groupsBefore + 1;
        };
    }
}

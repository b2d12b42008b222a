package io.eddy.runtime.operators.rank;

/**
 * The ranks a ranking operator emits, both ends inclusive and 1-based: {@code rownum <= n} is
 * {@code [1, n]}, {@code rownum BETWEEN m AND n} is {@code [m, n]}, {@code LIMIT n OFFSET m} is
 * {@code [m + 1, m + n]}.
 *
 * @param start the first emitted rank, at least 1
 * @param end the last emitted rank, at least {@code start}
 */
public record RankRange(long start, long end) {

    public RankRange {
        if (start < 1) {
            throw new IllegalArgumentException("rank range must start at 1 or later, got " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("rank range end " + end + " is before its start " + start);
        }
    }

    /** Ranks 1 to {@code n}: {@code rownum <= n}. */
    public static RankRange top(long n) {
        return new RankRange(1, n);
    }

    /** True when {@code rank} is emitted. */
    public boolean contains(long rank) {
        return rank >= start && rank <= end;
    }

    /** True when the range starts after rank 1 (an offset). */
    public boolean hasOffset() {
        return start > 1;
    }

    @Override
    public String toString() {
        return "rank " + start + ".." + end;
    }
}

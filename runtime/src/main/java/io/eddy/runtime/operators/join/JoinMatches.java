package io.eddy.runtime.operators.join;

import io.eddy.runtime.data.Row;
import java.util.Arrays;

/**
 * The rows of the other side that an input row of a join matched, each with its packed count and
 * associations ({@link JoinRecordState#pack}), collected while the other side's state is scanned and
 * used once the scan is over. One instance per operator, cleared before each scan; it keeps no row
 * past {@link #clear()}. Nothing is allocated per scan: the visitor it hands the state is made once.
 */
final class JoinMatches {

    /** The join's non-equi condition over a (left, right) pair. */
    @FunctionalInterface
    interface PairCondition {
        boolean holds(Row left, Row right);
    }

    private final JoinSideState.RowVisitor collector = this::offer;
    private Row input;
    private boolean inputIsLeft;
    private PairCondition condition;

    private Row[] rows = new Row[8];
    private long[] packed = new long[8];
    private int size;
    private long totalCount;

    /**
     * Clears, then collects the rows of {@code other} that {@code input} (a row of the left side when
     * {@code inputIsLeft}) matches under {@code condition}.
     */
    void collect(JoinSideState other, Row input, boolean inputIsLeft, PairCondition condition) {
        clear();
        this.input = input;
        this.inputIsLeft = inputIsLeft;
        this.condition = condition;
        try {
            other.forEachRow(collector);
        } finally {
            this.input = null;
        }
    }

    private void offer(Row other, long packedCount) {
        if (inputIsLeft ? condition.holds(input, other) : condition.holds(other, input)) {
            add(other, packedCount);
        }
    }

    /** Adds a matching row held by the other side, with its packed count and associations. */
    void add(Row row, long packedCount) {
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, size * 2);
            packed = Arrays.copyOf(packed, size * 2);
        }
        rows[size] = row;
        packed[size] = packedCount;
        size++;
        totalCount += JoinRecordState.count(packedCount);
    }

    /** The number of matching rows (distinct stored rows, not occurrences). */
    int size() {
        return size;
    }

    /** The {@code index}th matching row, as the other side holds it. */
    Row row(int index) {
        return rows[index];
    }

    /** The packed count and associations of the {@code index}th matching row. */
    long packed(int index) {
        return packed[index];
    }

    /** The matching rows' occurrences summed. */
    int totalCount() {
        return (int) Math.min(Integer.MAX_VALUE, totalCount);
    }

    /** Forgets every match, dropping the references to the rows. */
    void clear() {
        Arrays.fill(rows, 0, size, null);
        size = 0;
        totalCount = 0;
    }
}

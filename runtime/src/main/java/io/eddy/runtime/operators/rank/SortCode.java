package io.eddy.runtime.operators.rank;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.Comparator;

/**
 * The generated code a ranking or sorting operator runs for its ORDER BY, usually made by the
 * planner: the sort key selector (fresh key rows), the comparator of sort key rows and the
 * comparator of input rows. Each is stateless, so one instance serves every subtask. A missing
 * one means the hand-written path ({@link #INTERPRETED}: runtime tests, operators built without
 * a planner).
 *
 * @param sortKeySelector projects the sort fields into a fresh sort key row, or null
 * @param sortKeyComparator compares sort key rows (field {@code i} is sort field {@code i}), or null
 * @param rowComparator compares input rows by the sort fields, or null
 */
public record SortCode(KeySelector sortKeySelector, Comparator<Row> sortKeyComparator,
                       Comparator<Row> rowComparator) {

    /** No generated code: the hand-written key selector and {@link RowComparator}s. */
    public static final SortCode INTERPRETED = new SortCode(null, null, null);

    /** The sort key selector of {@code sort}: the generated one when there is one. */
    public KeySelector sortKeySelector(SortSpec sort, RowSchema inputSchema) {
        return sortKeySelector == null || sort.isEmpty() ? sort.sortKeySelector(inputSchema) : sortKeySelector;
    }

    /** The comparator of {@code sort}'s key rows: the generated one when there is one. */
    public Comparator<Row> sortKeyComparator(SortSpec sort, RowSchema inputSchema) {
        return sortKeyComparator == null || sort.isEmpty() ? sort.sortKeyComparator(inputSchema) : sortKeyComparator;
    }

    /** The comparator of input rows by {@code sort}: the generated one when there is one. */
    public Comparator<Row> rowComparator(SortSpec sort, RowSchema inputSchema) {
        return rowComparator == null || sort.isEmpty() ? new RowComparator(inputSchema, sort.fields()) : rowComparator;
    }

    @Override
    public String toString() {
        return sortKeySelector == null && sortKeyComparator == null && rowComparator == null ? "interpreted" : "generated";
    }
}

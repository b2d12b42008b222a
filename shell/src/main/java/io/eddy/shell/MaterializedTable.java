package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.spi.RowKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The current content of a changelog, as the {@code table} result mode shows it: {@code +I} and
 * {@code +U} add a row, {@code -U} and {@code -D} remove the latest row equal to theirs (all
 * values equal). A retraction of a row that is not there is counted and otherwise ignored.
 * Not thread-safe.
 */
public final class MaterializedTable {

    private final List<List<String>> rows = new ArrayList<>();
    private long changes;
    private long unmatchedRetractions;

    /** Applies one change. */
    public void apply(RowKind kind, List<String> values) {
        requireNonNull(kind, "kind is null");
        List<String> row = List.copyOf(requireNonNull(values, "values is null"));
        changes++;
        switch (kind) {
            case INSERT, UPDATE_AFTER -> rows.add(row);
            case UPDATE_BEFORE, DELETE -> {
                int index = rows.lastIndexOf(row);
                if (index < 0) {
                    unmatchedRetractions++;
                } else {
                    rows.remove(index);
                }
            }
            default -> throw new IllegalArgumentException("unknown row kind " + kind);
        }
    }

    /** The rows now in the table, oldest first (a copy). */
    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** The rows from index {@code from} (inclusive) to {@code to} (exclusive), oldest first (a copy). */
    public List<List<String>> rows(int from, int to) {
        return List.copyOf(rows.subList(from, to));
    }

    /** Up to {@code count} rows ending with the newest (a copy). */
    public List<List<String>> lastRows(int count) {
        return List.copyOf(rows.subList(Math.max(0, rows.size() - Math.max(0, count)), rows.size()));
    }

    /** The number of rows now in the table. */
    public int size() {
        return rows.size();
    }

    /** The number of changes applied. */
    public long changes() {
        return changes;
    }

    /** The number of {@code -U} and {@code -D} changes that found no equal row. */
    public long unmatchedRetractions() {
        return unmatchedRetractions;
    }

    @Override
    public String toString() {
        return "MaterializedTable[" + rows.size() + " rows after " + changes + " changes]";
    }
}

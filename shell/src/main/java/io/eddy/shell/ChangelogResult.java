package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.spi.RowKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code changelog} result mode's content: every change with its row kind, keeping the latest
 * {@value #KEPT_CHANGES} as Flink's SQL client does.
 */
final class ChangelogResult implements LiveResult {

    /** How many of the latest changes are kept. */
    static final int KEPT_CHANGES = 1000;

    private final ColumnLayout columns;
    private final Deque<List<String>> latest = new ArrayDeque<>();
    private long changes;

    /** @param columns the result's columns; an {@code op} column is always shown */
    ChangelogResult(ColumnLayout columns) {
        this.columns = requireNonNull(columns, "columns is null").withRowKind();
    }

    @Override
    public String title() {
        return "SQL Query Result (Changelog)";
    }

    @Override
    public ColumnLayout columns() {
        return columns;
    }

    @Override
    public void apply(RowKind kind, List<String> values) {
        List<String> change = new ArrayList<>(values.size() + 1);
        change.add(kind.shortString());
        change.addAll(values);
        latest.addLast(List.copyOf(change));
        if (latest.size() > KEPT_CHANGES) {
            latest.removeFirst();
        }
        changes++;
    }

    @Override
    public List<List<String>> lastRows(int count) {
        List<List<String>> rows = new ArrayList<>(Math.min(Math.max(count, 0), latest.size()));
        Iterator<List<String>> newestFirst = latest.descendingIterator();
        while (rows.size() < count && newestFirst.hasNext()) {
            rows.add(newestFirst.next());
        }
        Collections.reverse(rows);
        return List.copyOf(rows);
    }

    @Override
    public long changes() {
        return changes;
    }

    @Override
    public String summary() {
        return "Changes: " + changes;
    }
}

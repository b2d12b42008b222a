package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.spi.RowKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
    public int size() {
        return latest.size();
    }

    @Override
    public List<List<String>> rows(int from, int to) {
        return List.copyOf(new ArrayList<>(latest).subList(from, to));
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

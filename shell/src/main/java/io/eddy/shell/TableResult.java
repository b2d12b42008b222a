package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.spi.RowKind;
import java.util.List;

/** The {@code table} result mode's content: the rows a changelog adds up to now. */
final class TableResult implements LiveResult {

    private final ColumnLayout columns;
    private final MaterializedTable table = new MaterializedTable();

    /** @param columns the result's columns; an {@code op} column is not shown */
    TableResult(ColumnLayout columns) {
        this.columns = requireNonNull(columns, "columns is null").withoutRowKind();
    }

    @Override
    public String title() {
        return "SQL Query Result (Table)";
    }

    @Override
    public ColumnLayout columns() {
        return columns;
    }

    @Override
    public void apply(RowKind kind, List<String> values) {
        table.apply(kind, values);
    }

    @Override
    public int size() {
        return table.size();
    }

    @Override
    public List<List<String>> rows(int from, int to) {
        return table.rows(from, to);
    }

    @Override
    public long changes() {
        return table.changes();
    }

    @Override
    public String summary() {
        return "Rows: " + table.size();
    }
}

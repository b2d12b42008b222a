package io.eddy.engine.result;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.spi.ResultColumn;
import io.eddy.jdbc.spi.ResultRow;
import io.eddy.jdbc.spi.ListResultStream;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A bounded, insert-only result held in memory: what {@code SHOW}, {@code DESCRIBE},
 * {@code EXPLAIN} and {@code SET} return.
 */
public final class RowsResult extends ListResultStream {

    /**
     * A result of these columns and rows (both copied). The precision of each text column becomes
     * the length of its longest value, so clients size their columns to the data.
     */
    public RowsResult(List<ResultColumn> columns, List<ResultRow> rows) {
        super(fitted(requireNonNull(columns, "columns is null"), requireNonNull(rows, "rows is null")), rows);
    }

    private static List<ResultColumn> fitted(List<ResultColumn> columns, List<ResultRow> rows) {
        List<ResultColumn> fitted = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ResultColumn column = columns.get(i);
            if (column.jdbcType() != Types.VARCHAR) {
                fitted.add(column);
                continue;
            }
            int longest = 1;
            for (ResultRow row : rows) {
                Object value = row.value(i);
                longest = Math.max(longest, value == null ? 0 : value.toString().length());
            }
            fitted.add(new ResultColumn(column.name(), column.typeName(), column.jdbcType(), column.nullable(),
                    longest, column.scale()));
        }
        return List.copyOf(fitted);
    }

    /** A one-column result of strings, one row per value. */
    public static RowsResult strings(String columnName, List<String> values) {
        List<ResultRow> rows = new ArrayList<>();
        for (String value : values) {
            rows.add(ResultRow.insert(value));
        }
        return new RowsResult(List.of(Columns.string(columnName, false)), rows);
    }

    /** A one-row, one-column result holding {@code text}. */
    public static RowsResult single(String columnName, String text) {
        return strings(columnName, List.of(text));
    }

    @Override
    public String toString() {
        return "RowsResult" + columns();
    }
}

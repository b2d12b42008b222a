package io.eddy.shell;

import io.eddy.jdbc.EddyResultSet;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a result as the shell shows them: names and widths taken from the column types
 * (not from the values, since rows of a streaming result arrive one by one), an {@code op} column
 * first for changelogs, and how one row's values read ({@code NULL}, cut values ending in
 * {@code ...}).
 *
 * @param names the column names, {@code op} first for changelogs
 * @param widths the width of each column, in characters
 * @param changelog whether the first column is the row kind
 */
public record ColumnLayout(List<String> names, List<Integer> widths, boolean changelog) {

    static final String NULL = "NULL";
    static final String OP = "op";

    public ColumnLayout {
        names = List.copyOf(names);
        widths = List.copyOf(widths);
        if (names.size() != widths.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + widths.size() + " widths");
        }
    }

    /** The layout of a result set's columns, none wider than {@code maxColumnWidth}. */
    public static ColumnLayout of(ResultSet resultSet, int maxColumnWidth) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        boolean changelog = isChangelog(resultSet);
        String[] names = new String[meta.getColumnCount() + (changelog ? 1 : 0)];
        Integer[] widths = new Integer[names.length];
        int offset = 0;
        if (changelog) {
            names[0] = OP;
            widths[0] = 2;
            offset = 1;
        }
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i);
            int typeWidth = Math.max(meta.getColumnDisplaySize(i), NULL.length());
            names[i - 1 + offset] = name;
            widths[i - 1 + offset] = Math.min(maxColumnWidth, Math.max(name.length(), typeWidth));
        }
        return new ColumnLayout(Arrays.asList(names), Arrays.asList(widths), changelog);
    }

    /** Whether the rows of a result set carry row kinds other than insertions. */
    static boolean isChangelog(ResultSet resultSet) throws SQLException {
        return resultSet.isWrapperFor(EddyResultSet.class) && resultSet.unwrap(EddyResultSet.class).isChangelog();
    }

    /** This layout with an {@code op} column first (the {@code changelog} view always shows it). */
    public ColumnLayout withRowKind() {
        if (changelog) {
            return this;
        }
        List<String> allNames = new ArrayList<>(names);
        allNames.add(0, OP);
        List<Integer> allWidths = new ArrayList<>(widths);
        allWidths.add(0, 2);
        return new ColumnLayout(allNames, allWidths, true);
    }

    /** This layout without its {@code op} column (the {@code table} view shows no row kinds). */
    public ColumnLayout withoutRowKind() {
        return changelog ? new ColumnLayout(names.subList(1, names.size()), widths.subList(1, widths.size()), false)
                : this;
    }

    /** The number of columns shown, {@code op} included. */
    public int size() {
        return names.size();
    }

    /**
     * The current row of {@code resultSet} as text, one value per result column ({@code NULL}
     * for SQL nulls), without the row kind.
     */
    public static String[] values(ResultSet resultSet) throws SQLException {
        String[] values = new String[resultSet.getMetaData().getColumnCount()];
        for (int i = 0; i < values.length; i++) {
            String value = resultSet.getString(i + 1);
            values[i] = value == null ? NULL : value;
        }
        return values;
    }

    /** {@code value} on one line, cut to {@code width} with {@code ...} when longer. */
    public static String fit(String value, int width) {
        String line = value.replace('\n', ' ').replace('\t', ' ');
        return line.length() <= width ? line : line.substring(0, Math.max(0, width - 3)) + "...";
    }

    /** {@code value} cut to fit and right-aligned in {@code width}. */
    public static String alignRight(String value, int width) {
        String fitted = fit(value, width);
        return " ".repeat(width - fitted.length()) + fitted;
    }
}

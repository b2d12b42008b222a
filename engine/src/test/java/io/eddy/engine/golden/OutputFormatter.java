package io.eddy.engine.golden;

import io.eddy.jdbc.EddyResultSet;
import io.eddy.jdbc.EddyStatement;
import io.eddy.jdbc.spi.RowKind;
import io.eddy.jdbc.spi.EddySqlException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one statement through JDBC and writes what a user sees, as Flink's SQL client shows it:
 * rows as a tableau table (the single {@code result} value of SHOW CREATE and EXPLAIN as plain
 * text), a status as {@code [INFO] message}, an error as {@code [ERROR <SQLState>] line L, column
 * C: message} with an optional {@code [HINT]} line.
 */
final class OutputFormatter {

    private static final String NULL = "<NULL>";

    private OutputFormatter() {
    }

    static String run(Statement statement, String sql) {
        return run(statement, sql, false);
    }

    /**
     * Runs a statement; with {@code canonical}, a query's changes are applied to a table (+I and +U
     * add a row, -U and -D remove an equal one) and the rows are sorted, so the output does not
     * depend on how parallel subtasks interleave.
     */
    static String run(Statement statement, String sql, boolean canonical) {
        try {
            if (statement.execute(sql)) {
                try (ResultSet rows = statement.getResultSet()) {
                    return noBlankLines(rows(rows, canonical));
                }
            }
            EddyStatement eddy = statement.unwrap(EddyStatement.class);
            Optional<String> message = eddy.getStatusMessage();
            return "[INFO] " + message.orElse("Execute statement succeeded.");
        } catch (SQLException e) {
            return error(e);
        }
    }

    static String error(SQLException e) {
        StringBuilder text = new StringBuilder("[ERROR ").append(e.getSQLState()).append("] ");
        String hint = null;
        if (e instanceof EddySqlException eddy) {
            if (eddy.line().isPresent()) {
                text.append("line ").append(eddy.line().getAsInt());
                eddy.column().ifPresent(column -> text.append(", column ").append(column));
                text.append(": ");
            }
            hint = eddy.hint().orElse(null);
        }
        text.append(e.getMessage());
        if (hint != null) {
            text.append("\n[HINT] ").append(hint);
        }
        return text.toString();
    }

    /** One change of a result: its kind and its values as text. */
    record Change(RowKind kind, String[] values) {
    }

    private static String rows(ResultSet rows, boolean canonical) throws SQLException {
        return table(columnNames(rows), read(rows), canonical);
    }

    static List<String> columnNames(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < meta.getColumnCount(); i++) {
            names.add(meta.getColumnLabel(i + 1));
        }
        return names;
    }

    /** Reads the changes of a result to its end. */
    static List<Change> read(ResultSet rows) throws SQLException {
        int count = rows.getMetaData().getColumnCount();
        EddyResultSet eddy = rows.unwrap(EddyResultSet.class);
        List<Change> changes = new ArrayList<>();
        while (rows.next()) {
            String[] row = new String[count];
            for (int i = 0; i < count; i++) {
                String value = rows.getString(i + 1);
                row[i] = value == null ? NULL : value;
            }
            changes.add(new Change(eddy.getRowKind(), row));
        }
        return changes;
    }

    /** Formats changes as a table; {@code canonical} applies them (see {@link #run(Statement, String, boolean)}). */
    static String table(List<String> names, List<Change> changes, boolean canonical) {
        int count = names.size();
        List<String[]> values = new ArrayList<>();
        for (Change change : changes) {
            String[] row = change.values();
            if (canonical && (change.kind() == RowKind.UPDATE_BEFORE || change.kind() == RowKind.DELETE)) {
                if (!removeEqual(values, row)) {
                    String[] unmatched = row.clone();
                    unmatched[0] = "(unmatched " + change.kind().shortString() + ") " + unmatched[0];
                    values.add(unmatched);
                }
            } else {
                values.add(row);
            }
        }
        if (canonical) {
            values.sort(java.util.Comparator.comparing(row -> String.join("\u0000", row)));
        }
        if (count == 1 && values.size() == 1 && names.get(0).equals("result")) {
            return values.get(0)[0];
        }
        if (values.isEmpty()) {
            return "Empty set";
        }
        int[] widths = new int[count];
        for (int i = 0; i < count; i++) {
            widths[i] = names.get(i).length();
            for (String[] row : values) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        String border = border(widths);
        text.append(border).append('\n').append(line(names.toArray(String[]::new), widths)).append('\n').append(border).append('\n');
        for (String[] row : values) {
            text.append(line(row, widths)).append('\n');
        }
        text.append(border).append('\n');
        text.append(values.size()).append(values.size() == 1 ? " row in set" : " rows in set");
        return text.toString();
    }

    private static boolean removeEqual(List<String[]> values, String[] row) {
        for (int i = 0; i < values.size(); i++) {
            if (java.util.Arrays.equals(values.get(i), row)) {
                values.remove(i);
                return true;
            }
        }
        return false;
    }

    private static String border(int[] widths) {
        StringBuilder line = new StringBuilder("+");
        for (int width : widths) {
            line.append("-".repeat(width + 2)).append('+');
        }
        return line.toString();
    }

    private static String line(String[] values, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            line.append(' ').append(" ".repeat(widths[i] - values[i].length())).append(values[i]).append(" |");
        }
        return line.toString();
    }

    static String noBlankLines(String text) {
        return text.lines().map(line -> line.isBlank() ? SqlScript.BLANK : line)
                .reduce((a, b) -> a + "\n" + b).orElse(SqlScript.BLANK);
    }
}

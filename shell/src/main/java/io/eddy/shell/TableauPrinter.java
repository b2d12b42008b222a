package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.EddyResultSet;
import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * Prints a result as a box table, as Flink's SQL client does in tableau mode:
 * <pre>
 * +----+-------+----------------------+
 * | op |  word |                  cnt |
 * +----+-------+----------------------+
 * | +I | hello |                    1 |
 * </pre>
 * Rows are printed as they arrive (a streaming result may never end), so column widths come from
 * the column types and names, not from the values; longer values are cut and end with
 * {@code ...}. Changelog results get an {@code op} column with the row kind.
 */
public final class TableauPrinter implements ResultPrinter {

    /** Flink's default {@code sql-client.display.max-column-width}. */
    public static final int DEFAULT_MAX_COLUMN_WIDTH = 30;
    private static final String NULL = "NULL";

    private final PrintWriter out;
    private final int maxColumnWidth;

    public TableauPrinter(PrintWriter out, int maxColumnWidth) {
        this.out = requireNonNull(out, "out is null");
        if (maxColumnWidth < 4) {
            throw new IllegalArgumentException("maxColumnWidth must be at least 4: " + maxColumnWidth);
        }
        this.maxColumnWidth = maxColumnWidth;
    }

    @Override
    public long print(ResultSet resultSet) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        EddyResultSet eddy = resultSet.isWrapperFor(EddyResultSet.class) ? resultSet.unwrap(EddyResultSet.class) : null;
        boolean changelog = eddy != null && eddy.isChangelog();
        int columnCount = meta.getColumnCount();
        int offset = changelog ? 1 : 0;
        int[] widths = new int[columnCount + offset];
        String[] names = new String[columnCount + offset];
        if (changelog) {
            widths[0] = 2;
            names[0] = "op";
        }
        for (int i = 1; i <= columnCount; i++) {
            String name = meta.getColumnLabel(i);
            names[i - 1 + offset] = name;
            int typeWidth = Math.max(meta.getColumnDisplaySize(i), NULL.length());
            widths[i - 1 + offset] = Math.min(maxColumnWidth, Math.max(name.length(), typeWidth));
        }
        String border = border(widths);
        long rows = 0;
        boolean headerPrinted = false;
        try {
            out.println(border);
            out.println(line(names, widths));
            out.println(border);
            out.flush();
            headerPrinted = true;
            String[] values = new String[widths.length];
            while (resultSet.next()) {
                if (changelog) {
                    values[0] = eddy.getRowKind().shortString();
                }
                for (int i = 1; i <= columnCount; i++) {
                    String value = resultSet.getString(i);
                    values[i - 1 + offset] = value == null ? NULL : value;
                }
                out.println(line(values, widths));
                out.flush();
                rows++;
            }
        } finally {
            if (headerPrinted && rows > 0) {
                out.println(border);
            }
            out.flush();
        }
        if (rows == 0) {
            out.println("Empty set");
        } else if (changelog) {
            out.println("Received a total of " + rows + (rows == 1 ? " row" : " rows"));
        } else {
            out.println(rows + (rows == 1 ? " row in set" : " rows in set"));
        }
        out.flush();
        return rows;
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
            String value = fit(values[i].replace('\n', ' ').replace('\t', ' '), widths[i]);
            line.append(' ').append(" ".repeat(widths[i] - value.length())).append(value).append(" |");
        }
        return line.toString();
    }

    private static String fit(String value, int width) {
        return value.length() <= width ? value : value.substring(0, width - 3) + "...";
    }
}

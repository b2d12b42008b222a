package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.EddyResultSet;
import io.eddy.jdbc.spi.EddySqlException;
import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
 * {@code ...}. Changelog results get an {@code op} column with the row kind. A cancelled query
 * ends with {@code Query terminated, received a total of N rows}, as in Flink.
 */
public final class TableauPrinter implements ResultPrinter {

    /** Flink's default {@code sql-client.display.max-column-width}. */
    public static final int DEFAULT_MAX_COLUMN_WIDTH = 30;

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
        ColumnLayout layout = ColumnLayout.of(resultSet, maxColumnWidth);
        EddyResultSet eddy = layout.changelog() ? resultSet.unwrap(EddyResultSet.class) : null;
        String border = border(layout);
        long rows = 0;
        boolean headerPrinted = false;
        try {
            out.println(border);
            out.println(line(layout.names(), layout));
            out.println(border);
            out.flush();
            headerPrinted = true;
            List<String> row = new ArrayList<>(layout.size());
            while (resultSet.next()) {
                row.clear();
                if (eddy != null) {
                    row.add(eddy.getRowKind().shortString());
                }
                row.addAll(List.of(ColumnLayout.values(resultSet)));
                out.println(line(row, layout));
                out.flush();
                rows++;
            }
        } catch (SQLException e) {
            if (headerPrinted && EddySqlException.CANCELLED.equals(e.getSQLState())) {
                out.println(border);
                out.println("Query terminated, received a total of " + rows + (rows == 1 ? " row" : " rows"));
                headerPrinted = false;
            }
            throw e;
        } finally {
            if (headerPrinted && rows > 0) {
                out.println(border);
            }
            out.flush();
        }
        if (rows == 0) {
            out.println("Empty set");
        } else if (layout.changelog()) {
            out.println("Received a total of " + rows + (rows == 1 ? " row" : " rows"));
        } else {
            out.println(rows + (rows == 1 ? " row in set" : " rows in set"));
        }
        out.flush();
        return rows;
    }

    private static String border(ColumnLayout layout) {
        StringBuilder line = new StringBuilder("+");
        for (int width : layout.widths()) {
            line.append("-".repeat(width + 2)).append('+');
        }
        return line.toString();
    }

    private static String line(List<String> values, ColumnLayout layout) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < layout.size(); i++) {
            line.append(' ').append(ColumnLayout.alignRight(values.get(i), layout.widths().get(i))).append(" |");
        }
        return line.toString();
    }
}

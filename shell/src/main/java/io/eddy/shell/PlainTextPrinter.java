package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Prints a result's first column as plain text, one value after another: for {@code EXPLAIN} and
 * {@code SHOW CREATE ...}, whose single value spans many lines and would be unreadable in a table
 * (Flink's SQL client prints them the same way).
 */
public final class PlainTextPrinter implements ResultPrinter {

    private final PrintWriter out;

    public PlainTextPrinter(PrintWriter out) {
        this.out = requireNonNull(out, "out is null");
    }

    /** Whether a statement's result reads best as plain text. */
    public static boolean suits(String statement) {
        String words = statement.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
        return words.startsWith("EXPLAIN ") || words.startsWith("SHOW CREATE ");
    }

    @Override
    public long print(ResultSet resultSet) throws SQLException {
        long rows = 0;
        while (resultSet.next()) {
            String value = resultSet.getString(1);
            out.println(value == null ? "NULL" : value);
            out.flush();
            rows++;
        }
        return rows;
    }
}

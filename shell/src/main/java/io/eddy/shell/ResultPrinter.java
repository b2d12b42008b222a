package io.eddy.shell;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Shows a result set to the user: {@link TableauPrinter}, {@link PlainTextPrinter}, the full-screen
 * {@code table} and {@code changelog} views, and {@link QueryResultPrinter}, which picks one by the
 * session's {@link ResultMode}.
 */
public interface ResultPrinter {

    /**
     * Prints the rows as they arrive until the result ends, is cancelled or fails.
     *
     * @return the number of rows printed
     * @throws SQLException when reading fails (cancellation included); rows printed so far stay
     */
    long print(ResultSet resultSet) throws SQLException;
}

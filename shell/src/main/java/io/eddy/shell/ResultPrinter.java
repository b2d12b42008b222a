package io.eddy.shell;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Shows a result set to the user. The tableau printer is the only mode today; Flink's
 * {@code sql-client.execution.result-mode} {@code table} and {@code changelog} views can be added
 * as other implementations.
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

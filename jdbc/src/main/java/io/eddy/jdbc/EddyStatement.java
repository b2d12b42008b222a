package io.eddy.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Eddy's extension of {@link Statement}, reached with {@code statement.unwrap(EddyStatement.class)}:
 * the status a statement without rows reported.
 */
public interface EddyStatement extends Statement {

    /**
     * The status message of the last statement when it produced no rows, for example
     * {@code Table has been created.}; empty when the engine gave none or the statement returned rows.
     */
    Optional<String> getStatusMessage() throws SQLException;

    /** The id of the job the last statement submitted (an {@code INSERT} or statement set), if any. */
    Optional<String> getJobId() throws SQLException;
}

package io.eddy.jdbc;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.jdbc.spi.ResultStream;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.jdbc.spi.UpdateResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLWarning;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/**
 * A statement: runs one SQL statement at a time through the connection's session. A query's
 * result set streams rows as the engine produces them; {@link #cancel()} (from another thread)
 * or the query timeout stops the running statement or the open result.
 *
 * <p>The query timeout covers the execution and the reading of the result set until it is closed
 * or exhausted (a streaming query never ends by itself).
 */
class DriverStatement implements EddyStatement {

    private final DriverConnection connection;
    private volatile StreamResultSet resultSet;
    private volatile ScheduledFuture<?> timeout;
    private volatile String stopReason;
    /** Whether this statement is inside the session's execute (only then may it cancel the session). */
    private volatile boolean executing;
    private int updateCount = -1;
    private UpdateResult lastUpdate;
    private int maxRows;
    private int queryTimeoutSeconds;
    private boolean closeOnCompletion;
    private volatile boolean closed;

    DriverStatement(DriverConnection connection) {
        this.connection = requireNonNull(connection, "connection is null");
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("Statement is closed", "HY010");
        }
        connection.checkOpen();
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        return executeSql(sql);
    }

    /** Runs one statement; true when it produced a result set. */
    final boolean executeSql(String sql) throws SQLException {
        checkOpen();
        if (sql == null || sql.isBlank()) {
            throw new SQLException("No SQL statement given", "42000");
        }
        clearResult();
        stopReason = null;
        startTimeout();
        StatementResult result;
        executing = true;
        try {
            result = connection.queries().execute(stripTerminator(sql));
        } catch (SQLException e) {
            stopTimeout();
            throw stopReason == null ? e : stoppedException();
        } catch (RuntimeException e) {
            stopTimeout();
            throw new EddySqlException("Internal error: " + e, EddySqlException.ENGINE_FAILURE, 0, 0, null, e);
        } finally {
            executing = false;
        }
        if (result instanceof ResultStream stream) {
            resultSet = new StreamResultSet(this, stream, maxRows);
            return true;
        }
        stopTimeout();
        lastUpdate = (UpdateResult) result;
        updateCount = (int) Math.min(Integer.MAX_VALUE, lastUpdate.updateCount());
        return false;
    }

    /** Drops one trailing semicolon (and the blanks around it): JDBC statements are not terminated. */
    static String stripTerminator(String sql) {
        String trimmed = sql.strip();
        if (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }

    private void startTimeout() {
        if (queryTimeoutSeconds > 0) {
            int seconds = queryTimeoutSeconds;
            timeout = QueryTimeouts.schedule(
                    () -> stop("Statement timed out after " + seconds + " seconds"), seconds);
        }
    }

    private void stopTimeout() {
        ScheduledFuture<?> current = timeout;
        if (current != null) {
            current.cancel(false);
            timeout = null;
        }
    }

    /** Called by the result set when its last row has been read. */
    void resultSetEnded() {
        stopTimeout();
    }

    /** Called by the result set when it closes. */
    void resultSetClosed(StreamResultSet closedResultSet) throws SQLException {
        stopTimeout();
        if (closeOnCompletion && closedResultSet == resultSet) {
            close();
        }
    }

    /** The exception a reader gets after {@link #cancel()} or a timeout, or null if neither happened. */
    SQLException stoppedExceptionIfStopped() {
        return stopReason == null ? null : stoppedException();
    }

    private SQLException stoppedException() {
        String reason = stopReason;
        if (reason.startsWith("Statement timed out")) {
            return new SQLTimeoutException(reason, EddySqlException.CANCELLED);
        }
        return new EddySqlException(reason, EddySqlException.CANCELLED);
    }

    private void stop(String reason) {
        stopReason = reason;
        try {
            if (executing) {
                connection.session().cancel();
            }
            StreamResultSet current = resultSet;
            if (current != null) {
                current.stopStream();
            }
        } catch (SQLException e) {
            // the statement is being abandoned; a failure to cancel leaves nothing to do
        }
    }

    @Override
    public void cancel() throws SQLException {
        checkOpen();
        stop("Statement was cancelled");
    }

    private void clearResult() throws SQLException {
        StreamResultSet current = resultSet;
        resultSet = null;
        updateCount = -1;
        lastUpdate = null;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        if (!executeSql(sql)) {
            throw new SQLException("Statement returned no result set: " + sql, "07000");
        }
        return resultSet;
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        if (executeSql(sql)) {
            clearResult();
            throw new SQLException("Statement returned a result set; use executeQuery: " + sql, "07000");
        }
        return updateCount;
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        checkOpen();
        return resultSet;
    }

    @Override
    public int getUpdateCount() throws SQLException {
        checkOpen();
        return updateCount;
    }

    @Override
    public Optional<String> getStatusMessage() throws SQLException {
        checkOpen();
        return lastUpdate == null ? Optional.empty() : lastUpdate.message();
    }

    @Override
    public Optional<String> getJobId() throws SQLException {
        checkOpen();
        return lastUpdate == null ? Optional.empty() : lastUpdate.jobId();
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return getMoreResults(CLOSE_CURRENT_RESULT);
    }

    @Override
    public boolean getMoreResults(int current) throws SQLException {
        checkOpen();
        if (current != CLOSE_CURRENT_RESULT && resultSet != null) {
            throw Unsupported.feature("keeping result sets open across getMoreResults");
        }
        clearResult();
        return false;
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        try {
            clearResult();
        } finally {
            closed = true;
            stopTimeout();
            connection.forget(this);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        checkOpen();
        return 0;
    }

    @Override
    public void setMaxFieldSize(int max) throws SQLException {
        checkOpen();
        if (max != 0) {
            throw Unsupported.feature("a maximum field size");
        }
    }

    @Override
    public int getMaxRows() throws SQLException {
        checkOpen();
        return maxRows;
    }

    @Override
    public void setMaxRows(int max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw new SQLException("maxRows is negative: " + max, "22023");
        }
        maxRows = max;
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        checkOpen();
        if (enable) {
            throw Unsupported.feature("JDBC escape processing");
        }
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        checkOpen();
        return queryTimeoutSeconds;
    }

    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        checkOpen();
        if (seconds < 0) {
            throw new SQLException("query timeout is negative: " + seconds, "22023");
        }
        queryTimeoutSeconds = seconds;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public void setCursorName(String name) throws SQLException {
        throw Unsupported.feature("named cursors");
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        ForwardOnly.checkFetchDirection(direction);
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return ResultSet.FETCH_FORWARD;
    }

    /** Accepted and ignored: rows are handed over one at a time as the engine produces them. */
    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        ForwardOnly.checkFetchSize(rows);
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return 0;
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getResultSetType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        checkOpen();
        return ResultSet.CLOSE_CURSORS_AT_COMMIT;
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw Unsupported.feature("batches");
    }

    @Override
    public void clearBatch() throws SQLException {
        throw Unsupported.feature("batches");
    }

    @Override
    public int[] executeBatch() throws SQLException {
        throw Unsupported.feature("batches");
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection;
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        throw Unsupported.feature("generated keys");
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        checkNoGeneratedKeys(autoGeneratedKeys);
        return executeUpdate(sql);
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        throw Unsupported.feature("generated keys");
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        throw Unsupported.feature("generated keys");
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        checkNoGeneratedKeys(autoGeneratedKeys);
        return executeSql(sql);
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        throw Unsupported.feature("generated keys");
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        throw Unsupported.feature("generated keys");
    }

    private static void checkNoGeneratedKeys(int autoGeneratedKeys) throws SQLException {
        if (autoGeneratedKeys != NO_GENERATED_KEYS) {
            throw Unsupported.feature("generated keys");
        }
    }

    @Override
    public void setPoolable(boolean poolable) throws SQLException {
        checkOpen();
    }

    @Override
    public boolean isPoolable() throws SQLException {
        checkOpen();
        return false;
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        checkOpen();
        closeOnCompletion = true;
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        checkOpen();
        return closeOnCompletion;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return Wrappers.unwrap(this, type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return Wrappers.isWrapperFor(this, type);
    }
}

package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.EddyStatement;
import io.eddy.jdbc.spi.EddySqlException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Runs statements through a JDBC connection and prints what they return. A statement may be
 * cancelled from another thread (Ctrl-C) with {@link #cancel()}.
 */
public final class StatementExecutor {

    private static final String CANCELLED_STATE = EddySqlException.CANCELLED;

    private final Connection connection;
    private final ResultPrinter resultPrinter;
    private final ResultPrinter plainTextPrinter;
    private final QueryResultPrinter queryPrinter;
    private final MessagePrinter messages;
    private volatile Statement running;
    private volatile boolean cancelRequested;

    /**
     * @param resultPrinter prints the results of {@code SHOW}, {@code DESCRIBE} and the like
     * @param plainTextPrinter prints the results of {@code EXPLAIN} and {@code SHOW CREATE}
     * @param queryPrinter prints query results in the session's result mode, which it keeps
     */
    public StatementExecutor(Connection connection, ResultPrinter resultPrinter, ResultPrinter plainTextPrinter,
            QueryResultPrinter queryPrinter, MessagePrinter messages) {
        this.connection = requireNonNull(connection, "connection is null");
        this.resultPrinter = requireNonNull(resultPrinter, "resultPrinter is null");
        this.plainTextPrinter = requireNonNull(plainTextPrinter, "plainTextPrinter is null");
        this.queryPrinter = requireNonNull(queryPrinter, "queryPrinter is null");
        this.messages = requireNonNull(messages, "messages is null");
    }

    /**
     * Runs one statement and prints its result or error.
     *
     * @param source the script name for error messages, or null
     * @return true when the statement succeeded (a cancelled statement counts as a success)
     */
    public boolean execute(ScriptStatement statement, String source) {
        cancelRequested = false;
        Optional<String> invalid = queryPrinter.setting().check(statement.text());
        if (invalid.isPresent()) {
            messages.error(new IllegalArgumentException(invalid.get()), source, statement);
            return false;
        }
        try (Statement jdbc = connection.createStatement()) {
            running = jdbc;
            if (jdbc.execute(statement.text())) {
                try (ResultSet resultSet = jdbc.getResultSet()) {
                    printerFor(statement.text()).print(resultSet);
                }
            } else {
                EddyStatement eddy = jdbc.isWrapperFor(EddyStatement.class) ? jdbc.unwrap(EddyStatement.class) : null;
                messages.status(eddy == null ? Optional.empty() : eddy.getStatusMessage(),
                        eddy == null ? Optional.empty() : eddy.getJobId());
                queryPrinter.setting().afterSuccess(statement.text());
            }
            return true;
        } catch (SQLException e) {
            if (cancelRequested && CANCELLED_STATE.equals(e.getSQLState())) {
                messages.info("Statement was cancelled.");
                return true;
            }
            messages.error(e, source, statement);
            return false;
        } catch (RuntimeException e) {
            messages.error(e, source, statement);
            return false;
        } finally {
            running = null;
        }
    }

    private ResultPrinter printerFor(String statement) {
        if (PlainTextPrinter.suits(statement)) {
            return plainTextPrinter;
        }
        return QueryResultPrinter.isQuery(statement) ? queryPrinter : resultPrinter;
    }

    /** Cancels the running statement, if any (called from the Ctrl-C handler). */
    public void cancel() {
        Statement statement = running;
        if (statement != null) {
            cancelRequested = true;
            try {
                statement.cancel();
            } catch (SQLException e) {
                // the statement finished meanwhile; nothing left to cancel
            }
        }
    }
}

package io.eddy.jdbc.spi;

import java.sql.SQLException;

/**
 * One user's conversation with an engine: current catalog and database, {@code SET} options.
 *
 * <p>{@link #execute} is called by one thread at a time; {@link #cancel} may be called from any
 * other thread while {@code execute} runs or while a returned {@link ResultStream} is read.
 * Several result streams of one session may be open at once (a client browses metadata while
 * a streaming query runs).
 */
public interface EngineSession extends AutoCloseable {

    /**
     * Runs exactly one statement (no trailing semicolon needed; statement sets such as
     * {@code EXECUTE STATEMENT SET BEGIN ...; END} count as one statement).
     *
     * @return an {@link UpdateResult} for DDL, {@code SET}, {@code USE}, {@code INSERT} and
     *     other statements without rows, or a {@link ResultStream} for queries, {@code SHOW},
     *     {@code DESCRIBE} and {@code EXPLAIN}
     * @throws SQLException a user error, preferably an {@link EddySqlException} carrying the
     *     position in the statement; its message is the one-line text a user sees
     */
    StatementResult execute(String statement) throws SQLException;

    /**
     * Cancels the statement currently running in {@link #execute} (which then throws an
     * {@link SQLException} with SQLState {@code 57014}). Does nothing when no statement runs.
     * Open result streams are cancelled by closing them.
     */
    void cancel() throws SQLException;

    /** Ends the session, closing its open result streams. */
    @Override
    void close() throws SQLException;
}

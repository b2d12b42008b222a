package io.eddy.jdbc.spi;

import java.sql.SQLException;
import java.util.List;

/**
 * The rows of a query, delivered as they are produced. A streaming query's result may never end.
 *
 * <p>{@link #next()} is called by one reader thread. {@link #close()} may be called from any
 * thread, including while the reader is blocked in {@code next()}: it cancels the job behind the
 * stream, and the blocked {@code next()} then returns {@code null} or throws.
 */
public non-sealed interface ResultStream extends StatementResult, AutoCloseable {

    /** The columns of every row, in order. */
    List<ResultColumn> columns();

    /**
     * Whether rows carry meaningful row kinds (updates and retractions). When false every row is
     * an insertion ({@link RowKind#INSERT}).
     */
    boolean isChangelog();

    /**
     * Blocks until the next row is available and returns it, or returns {@code null} at the end of
     * a bounded result (or after {@link #close()}).
     *
     * @throws SQLException when the job behind the stream fails
     */
    ResultRow next() throws SQLException;

    /** Cancels the job behind the stream and releases it; idempotent. */
    @Override
    void close() throws SQLException;
}

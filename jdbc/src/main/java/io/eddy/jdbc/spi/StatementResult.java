package io.eddy.jdbc.spi;

/**
 * What one statement produced: either an {@link UpdateResult} (a count and a status message) or
 * a {@link ResultStream} of rows.
 */
public sealed interface StatementResult permits UpdateResult, ResultStream {
}

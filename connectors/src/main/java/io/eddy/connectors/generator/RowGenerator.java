package io.eddy.connectors.generator;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.source.ReaderContext;

/**
 * Produces the row with a given number of a generated sequence. A row depends only on its number, so
 * any reader can produce any row and a restored reader replays exactly. One per reader, not
 * thread-safe.
 */
public interface RowGenerator {

    /** Whether number {@code number} yields a row of this table (a Nexmark bid table skips persons and auctions). */
    default boolean accepts(long number) {
        return true;
    }

    /** Writes every field of row {@code number} into {@code row}. */
    void generate(long number, Row row);

    /** Milliseconds after the start of reading at which number {@code number} is due (the rate limit). */
    long dueMillis(long number);

    /** Creates the generator of one reader. */
    @FunctionalInterface
    interface Factory {
        RowGenerator create(ReaderContext context);
    }
}

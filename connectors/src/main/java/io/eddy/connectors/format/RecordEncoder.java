package io.eddy.connectors.format;

import io.eddy.runtime.data.Row;

/** Encodes rows into records (bytes) of a format. Not thread-safe: one encoder per writer. */
public interface RecordEncoder {

    /**
     * Encodes one row.
     *
     * @throws FormatException when the row cannot be represented (a NULL map key in FAIL mode)
     */
    byte[] encode(Row row);
}

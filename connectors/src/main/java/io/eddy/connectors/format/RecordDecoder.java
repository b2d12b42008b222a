package io.eddy.connectors.format;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;

/**
 * Decodes records (bytes) into rows of a format's produced schema. Not thread-safe: one decoder per
 * reader. Only the produced (projected) fields are decoded.
 */
public interface RecordDecoder {

    /**
     * Decodes one record into {@code row}, setting every field of the produced schema (the first
     * fields of {@code row}; fields after them, such as a connector's metadata, are left alone).
     *
     * @return true when {@code row} holds the record; false when the record is skipped (a comment
     *         line, or a malformed record with ignore-parse-errors, which is then counted)
     * @throws FormatException when the record is malformed and errors are not ignored
     */
    boolean decode(byte[] bytes, int offset, int length, Row row);

    /** Decodes a whole array. */
    default boolean decode(byte[] bytes, Row row) {
        return decode(bytes, 0, bytes.length, row);
    }

    /**
     * Decodes one record into the changes it describes, each row with its kind: none (skipped), one
     * in {@code first}, or two, {@code first} the update-before and {@code second} the update-after
     * of an update. Insert-only formats decode one {@code +I} row; changelog formats (debezium-json)
     * override this.
     *
     * @return how many rows hold the record: 0, 1 or 2
     * @throws FormatException when the record is malformed and errors are not ignored
     */
    default int decodeChanges(byte[] bytes, Row first, Row second) {
        if (!decode(bytes, first)) {
            return 0;
        }
        first.setKind(RowKind.INSERT);
        return 1;
    }

    /** Malformed records skipped so far because parse errors are ignored. */
    long skippedRecords();
}

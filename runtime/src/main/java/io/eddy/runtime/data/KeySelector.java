package io.eddy.runtime.data;

/**
 * Extracts the key of a row: used by HASH exchanges to pick a channel and by keyed operators to
 * scope state. Implementations are stateless, so one instance serves every subtask; the returned
 * key may be reused by the next call, whoever keeps it copies it.
 */
public interface KeySelector {

    /** The key of the row, a row of {@link #keySchema()}. */
    Row getKey(Row row);

    /**
     * The {@code hashCode()} of the row's key, which picks its key group. The default builds the
     * key; selectors override it to hash without allocating, as HASH exchanges call it per record.
     */
    default int keyHashCode(Row row) {
        return getKey(row).hashCode();
    }

    /** The schema of the keys, for serializing them into state snapshots. */
    RowSchema keySchema();
}

package io.eddy.runtime.state;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The table of one heap state in one key group: from a key row to what the state holds for it (a
 * value, a cell, a list or a map; never null). {@link #forKeys} picks the layout for a backend's keys.
 */
abstract class StateTable {

    /** The most fixed-width key fields a {@link FixedWidthKeyTable} holds inline. */
    static final int MOST_INLINE_KEY_FIELDS = 4;

    /**
     * A table for keys of the given schema: keys of one to {@value #MOST_INLINE_KEY_FIELDS} fixed-width fields
     * (BIGINT, INT, DOUBLE, TIMESTAMP ...) are held inline, any other keys as rows.
     */
    static StateTable forKeys(RowSchema keySchema) {
        int arity = keySchema.arity();
        if (arity >= 1 && arity <= MOST_INLINE_KEY_FIELDS && keySchema.fixedWidthOnly()) {
            return new FixedWidthKeyTable(keySchema);
        }
        return new RowKeyTable();
    }

    /** What is held for {@code key}, or null. */
    abstract Object get(Row key);

    /**
     * Holds {@code value} for {@code key}. When the key is new and {@link #keepsKeyRows()}, the table keeps
     * {@code key} itself, so the caller must not change it afterwards; an existing key's row is kept.
     */
    abstract void put(Row key, Object value);

    /** Forgets {@code key} and what is held for it, if anything. */
    abstract void remove(Row key);

    /** Whether {@link #put} keeps the key rows it is given (else it copies what it needs out of them). */
    abstract boolean keepsKeyRows();

    abstract int size();

    final boolean isEmpty() {
        return size() == 0;
    }

    /** Forgets every key whose held value matches {@code condition}. */
    abstract void removeIf(Predicate<Object> condition);

    /** Passes every key and its held value; the key rows are the table's own or made for the call, never reused. */
    abstract void forEach(BiConsumer<Row, Object> action);

    /** The keys, as rows nobody changes, in a list of their own (the table may change while it is walked). */
    abstract List<Row> keys();
}

package io.eddy.runtime.operators.rank;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.List;

/**
 * The key of an operator without PARTITION BY (global Top-N, LIMIT, ORDER BY rowtime): every row has
 * the same empty key, so all state lives under one key (the operator runs with parallelism 1).
 */
public final class EmptyKeySelector implements KeySelector {

    /** The one instance; it is stateless. */
    public static final EmptyKeySelector INSTANCE = new EmptyKeySelector();

    private static final RowSchema EMPTY = new RowSchema(List.of());
    private static final Row KEY = new Row(EMPTY);
    private static final int KEY_HASH = KEY.hashCode();

    private EmptyKeySelector() {
    }

    /** The shared empty key; it has no fields, so no caller can modify it. */
    @Override
    public Row getKey(Row row) {
        return KEY;
    }

    @Override
    public int keyHashCode(Row row) {
        return KEY_HASH;
    }

    @Override
    public RowSchema keySchema() {
        return EMPTY;
    }

    @Override
    public String toString() {
        return "EmptyKeySelector";
    }
}

package io.eddy.runtime.operators.join;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;

/**
 * The key of a join without equi-join keys (a cross or theta join): every row has the same empty
 * key, so all rows meet in one subtask, which must then run with parallelism 1 (as Flink does).
 */
public final class EmptyKeySelector implements KeySelector {

    private static final RowSchema EMPTY = RowSchema.ofTypes();

    @Override
    public Row getKey(Row row) {
        return new Row(EMPTY);
    }

    @Override
    public int keyHashCode(Row row) {
        return 1;
    }

    @Override
    public RowSchema keySchema() {
        return EMPTY;
    }

    @Override
    public String toString() {
        return "[]";
    }
}

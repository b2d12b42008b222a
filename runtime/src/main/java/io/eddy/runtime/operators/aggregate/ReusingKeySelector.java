package io.eddy.runtime.operators.aggregate;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.Arrays;

/**
 * Projects the group fields of a row into ONE reused key row (the state backend and timer service copy
 * keys they keep), so grouping allocates nothing per record. No fields at all is the single key of a
 * global aggregate. One instance per operator subtask: it is not thread-safe.
 */
final class ReusingKeySelector implements KeySelector {

    private final int[] fields;
    private final RowSchema keySchema;
    private final Row key;

    ReusingKeySelector(RowSchema inputSchema, int[] fields) {
        requireNonNull(inputSchema, "inputSchema is null");
        for (int field : fields) {
            if (field < 0 || field >= inputSchema.arity()) {
                throw new IllegalArgumentException("group field " + field + " is not in " + inputSchema);
            }
        }
        this.fields = fields.clone();
        this.keySchema = inputSchema.project(fields);
        this.key = new Row(keySchema);
    }

    @Override
    public Row getKey(Row row) {
        for (int i = 0; i < fields.length; i++) {
            key.setFieldFrom(i, row, fields[i]);
        }
        return key;
    }

    /** The projected input fields, in key order. */
    int[] fields() {
        return fields.clone();
    }

    @Override
    public RowSchema keySchema() {
        return keySchema;
    }

    @Override
    public String toString() {
        return "GroupKey" + Arrays.toString(fields);
    }
}

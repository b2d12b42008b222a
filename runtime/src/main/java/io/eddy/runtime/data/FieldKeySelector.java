package io.eddy.runtime.data;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/** A {@link KeySelector} that projects some fields of the input row, in order. */
public final class FieldKeySelector implements KeySelector {

    private final int[] fields;
    private final RowSchema keySchema;

    public FieldKeySelector(RowSchema inputSchema, int... fields) {
        requireNonNull(inputSchema, "inputSchema is null");
        if (fields.length == 0) {
            throw new IllegalArgumentException("a key needs at least one field");
        }
        for (int field : fields) {
            if (field < 0 || field >= inputSchema.arity()) {
                throw new IllegalArgumentException("key field " + field + " is not in " + inputSchema);
            }
        }
        this.fields = fields.clone();
        this.keySchema = inputSchema.project(fields);
    }

    @Override
    public Row getKey(Row row) {
        Row key = new Row(keySchema);
        for (int i = 0; i < fields.length; i++) {
            key.setFieldFrom(i, row, fields[i]);
        }
        return key;
    }

    /** Equal to {@code getKey(row).hashCode()}, computed from the input row without building the key. */
    @Override
    public int keyHashCode(Row row) {
        int hash = 1;
        long nullWord = 0;
        for (int i = 0; i < fields.length; i++) {
            if (row.isNullAt(fields[i])) {
                nullWord |= 1L << i;
            }
            if ((i & 63) == 63 || i == fields.length - 1) {
                hash = 31 * hash + Long.hashCode(nullWord);
                nullWord = 0;
            }
        }
        for (int field : fields) {
            hash = row.mixField(hash, field);
        }
        return hash;
    }

    @Override
    public RowSchema keySchema() {
        return keySchema;
    }

    @Override
    public String toString() {
        return "FieldKeySelector" + Arrays.toString(fields);
    }
}

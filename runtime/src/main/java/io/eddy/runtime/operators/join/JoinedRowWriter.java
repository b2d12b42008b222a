package io.eddy.runtime.operators.join;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the output rows of a join into one reused row: the left fields, then the right fields, with
 * nulls for a missing side. The row returned by {@link #join} is valid until the next call; receivers
 * copy what they keep, as the runtime's ownership rules say.
 */
public final class JoinedRowWriter {

    private final int leftArity;
    private final int rightArity;
    private final Row joined;

    public JoinedRowWriter(RowSchema leftSchema, RowSchema rightSchema) {
        requireNonNull(leftSchema, "leftSchema is null");
        requireNonNull(rightSchema, "rightSchema is null");
        this.leftArity = leftSchema.arity();
        this.rightArity = rightSchema.arity();
        this.joined = new Row(outputSchema(leftSchema, rightSchema));
    }

    /** The schema of joined rows: the left fields then the right fields. */
    public static RowSchema outputSchema(RowSchema leftSchema, RowSchema rightSchema) {
        List<RowSchema.Field> fields = new ArrayList<>(leftSchema.fields());
        fields.addAll(rightSchema.fields());
        return new RowSchema(fields);
    }

    /** The joined row of {@code left} and {@code right} (either may be null: its fields become null) with {@code kind}. */
    public Row join(Row left, Row right, RowKind kind) {
        joined.setKind(kind);
        if (left == null) {
            for (int i = 0; i < leftArity; i++) {
                joined.setNullAt(i);
            }
        } else {
            for (int i = 0; i < leftArity; i++) {
                joined.setFieldFrom(i, left, i);
            }
        }
        if (right == null) {
            for (int i = 0; i < rightArity; i++) {
                joined.setNullAt(leftArity + i);
            }
        } else {
            for (int i = 0; i < rightArity; i++) {
                joined.setFieldFrom(leftArity + i, right, i);
            }
        }
        return joined;
    }
}

package io.eddy.runtime.function;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.Arrays;

/**
 * A {@link RowTransform} that only picks fields: output field {@code i} is input field
 * {@code fields[i]}. Needs no generated code; reuses one output row, so an instance belongs to one
 * operator subtask.
 */
public final class FieldProjection implements RowTransform {

    private final int[] fields;
    private final Row output;

    public FieldProjection(RowSchema outputSchema, int[] fields) {
        requireNonNull(outputSchema, "outputSchema is null");
        this.fields = requireNonNull(fields, "fields is null").clone();
        if (fields.length != outputSchema.arity()) {
            throw new IllegalArgumentException("Projection of " + fields.length + " fields into " + outputSchema);
        }
        this.output = new Row(outputSchema);
    }

    @Override
    public Row apply(Row input) {
        output.setKind(input.getKind());
        for (int i = 0; i < fields.length; i++) {
            output.setFieldFrom(i, input, fields[i]);
        }
        return output;
    }

    @Override
    public String toString() {
        return "FieldProjection" + Arrays.toString(fields);
    }
}

package io.eddy.runtime.operators;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.data.TypeSerializer;
import java.util.ArrayList;
import java.util.List;

/** Counts rows per window; emits the key fields, {@code window_start}, {@code window_end} and {@code cnt}. */
public final class CountWindowAggregate implements WindowAggregate<Long> {

    private final RowSchema keySchema;
    private final RowSchema outputSchema;

    public CountWindowAggregate(RowSchema keySchema) {
        this.keySchema = requireNonNull(keySchema, "keySchema is null");
        List<RowSchema.Field> fields = new ArrayList<>(keySchema.fields());
        fields.add(new RowSchema.Field("window_start", FieldType.timestamp(3)));
        fields.add(new RowSchema.Field("window_end", FieldType.timestamp(3)));
        fields.add(new RowSchema.Field("cnt", FieldType.BIGINT));
        this.outputSchema = new RowSchema(fields);
    }

    public RowSchema outputSchema() {
        return outputSchema;
    }

    @Override
    public Long createAccumulator() {
        return 0L;
    }

    @Override
    public Long add(Long accumulator, Row row) {
        return accumulator + 1;
    }

    @Override
    public Row result(Row key, long windowStart, long windowEnd, Long accumulator) {
        Row row = new Row(outputSchema);
        int keyArity = keySchema.arity();
        for (int i = 0; i < keyArity; i++) {
            row.setFieldFrom(i, key, i);
        }
        row.setTimestamp(keyArity, windowStart);
        row.setTimestamp(keyArity + 1, windowEnd);
        row.setLong(keyArity + 2, accumulator);
        return row;
    }

    @Override
    public TypeSerializer<Long> accumulatorSerializer() {
        return Serializers.LONG;
    }
}

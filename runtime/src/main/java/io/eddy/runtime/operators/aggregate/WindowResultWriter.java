package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the output rows of window aggregates in one fixed layout: the group fields, then one field per
 * aggregate call, then the requested {@link WindowProperty window columns} in the requested order. The
 * planner reorders with a projection afterwards when the query wants another order. One output row is
 * reused for every result.
 */
final class WindowResultWriter {

    private final int keyArity;
    private final Aggregations aggregations;
    private final WindowProperty[] properties;
    private final RowSchema schema;
    private final Row output;

    WindowResultWriter(RowSchema keySchema, Aggregations aggregations, List<WindowProperty> properties, FieldType rowtimeType) {
        this.keyArity = keySchema.arity();
        this.aggregations = aggregations;
        this.properties = properties.toArray(WindowProperty[]::new);
        List<RowSchema.Field> fields = new ArrayList<>(keySchema.fields());
        fields.addAll(aggregations.resultFields());
        FieldType timeType = rowtimeType.kind() == FieldKind.TIMESTAMP_LTZ ? FieldType.timestampLtz(3) : FieldType.timestamp(3);
        for (WindowProperty property : this.properties) {
            fields.add(switch (property) {
                case WINDOW_START -> new RowSchema.Field("window_start", FieldType.timestamp(3));
                case WINDOW_END -> new RowSchema.Field("window_end", FieldType.timestamp(3));
                case WINDOW_TIME -> new RowSchema.Field("window_time", timeType);
            });
        }
        this.schema = new RowSchema(fields);
        this.output = new Row(schema);
    }

    RowSchema schema() {
        return schema;
    }

    /** The result row of one window of one key; valid until the next call. */
    Row write(Row key, Row accumulator, long windowStart, long windowEnd) {
        for (int i = 0; i < keyArity; i++) {
            output.setFieldFrom(i, key, i);
        }
        aggregations.writeResults(accumulator, output, keyArity);
        int field = keyArity + aggregations.calls().size();
        for (WindowProperty property : properties) {
            output.setTimestamp(field++, switch (property) {
                case WINDOW_START -> windowStart;
                case WINDOW_END -> windowEnd;
                case WINDOW_TIME -> windowEnd - 1;
            });
        }
        return output;
    }

    /** Fails on rows the window operators cannot take: retractions and a null rowtime ({@code rowtimeField} -1: no rowtime). */
    static void checkInput(Row row, int rowtimeField, String operatorName) {
        if (row.getKind() != RowKind.INSERT) {
            throw new IllegalArgumentException("window aggregate " + operatorName + " received " + row
                    + " but window aggregation needs an append-only input (only +I rows)");
        }
        if (rowtimeField >= 0 && row.isNullAt(rowtimeField)) {
            throw new IllegalArgumentException("the rowtime field " + row.schema().name(rowtimeField) + " is null in " + row
                    + "; window aggregates need a non-null time attribute");
        }
    }

    static void checkRowtime(RowSchema inputSchema, int rowtimeField) {
        if (rowtimeField < 0 || rowtimeField >= inputSchema.arity()) {
            throw new IllegalArgumentException("rowtime field " + rowtimeField + " is not in " + inputSchema);
        }
        FieldKind kind = inputSchema.kind(rowtimeField);
        if (kind != FieldKind.TIMESTAMP && kind != FieldKind.TIMESTAMP_LTZ && kind != FieldKind.BIGINT) {
            throw new IllegalArgumentException("rowtime field " + inputSchema.name(rowtimeField) + " is " + inputSchema.type(rowtimeField)
                    + "; window aggregates need TIMESTAMP(3), TIMESTAMP_LTZ(3) or BIGINT epoch millis");
        }
    }
}

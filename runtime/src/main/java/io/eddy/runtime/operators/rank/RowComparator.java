package io.eddy.runtime.operators.rank;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Compares rows of one schema by a list of {@link SortField}s, reading each field by its kind without
 * boxing: integers, dates, times and booleans by their long slot, FLOAT and DOUBLE as
 * {@link Double#compare} does, timestamps by milliseconds then nanos, decimals by value, strings by
 * UTF-16 code units (as {@link String#compareTo}), bytes unsigned. Nested kinds cannot be sorted.
 */
public final class RowComparator implements Comparator<Row> {

    private final List<SortField> fields;
    private final int[] indexes;
    private final FieldKind[] kinds;
    private final boolean[] ascending;
    private final boolean[] nullsFirst;

    public RowComparator(RowSchema schema, List<SortField> fields) {
        requireNonNull(schema, "schema is null");
        this.fields = List.copyOf(requireNonNull(fields, "fields is null"));
        int count = this.fields.size();
        indexes = new int[count];
        kinds = new FieldKind[count];
        ascending = new boolean[count];
        nullsFirst = new boolean[count];
        for (int i = 0; i < count; i++) {
            SortField field = this.fields.get(i);
            if (field.index() >= schema.arity()) {
                throw new IllegalArgumentException("sort field " + field + " is not in " + schema);
            }
            FieldKind kind = schema.kind(field.index());
            if (kind == FieldKind.ROW || kind == FieldKind.ARRAY || kind == FieldKind.MAP) {
                throw new IllegalArgumentException("cannot sort by " + schema.name(field.index()) + " of kind " + kind);
            }
            indexes[i] = field.index();
            kinds[i] = kind;
            ascending[i] = field.ascending();
            nullsFirst[i] = field.nullsFirst();
        }
    }

    @Override
    public int compare(Row left, Row right) {
        for (int i = 0; i < indexes.length; i++) {
            int index = indexes[i];
            boolean leftNull = left.isNullAt(index);
            boolean rightNull = right.isNullAt(index);
            int result;
            if (leftNull || rightNull) {
                if (leftNull == rightNull) {
                    continue;
                }
                // Null placement does not depend on the direction.
                return leftNull == nullsFirst[i] ? -1 : 1;
            }
            result = compareValues(kinds[i], left, right, index);
            if (result != 0) {
                return ascending[i] ? result : -result;
            }
        }
        return 0;
    }

    private static int compareValues(FieldKind kind, Row left, Row right, int index) {
        return switch (kind) {
            case BOOLEAN, TINYINT, SMALLINT, INT, BIGINT, DATE, TIME -> Long.compare(left.getLong(index), right.getLong(index));
            case FLOAT -> Float.compare(left.getFloat(index), right.getFloat(index));
            case DOUBLE -> Double.compare(left.getDouble(index), right.getDouble(index));
            case TIMESTAMP, TIMESTAMP_LTZ -> {
                int millis = Long.compare(left.getTimestampMillis(index), right.getTimestampMillis(index));
                yield millis != 0 ? millis
                        : Integer.compare(left.getTimestampNanosOfMilli(index), right.getTimestampNanosOfMilli(index));
            }
            case DECIMAL -> ((BigDecimal) left.getObject(index)).compareTo((BigDecimal) right.getObject(index));
            case STRING -> left.getString(index).compareTo(right.getString(index));
            case BYTES -> Arrays.compareUnsigned(left.getBytes(index), right.getBytes(index));
            case ROW, ARRAY, MAP -> throw new IllegalStateException("unsortable kind " + kind);
        };
    }

    @Override
    public String toString() {
        return "RowComparator" + fields;
    }
}

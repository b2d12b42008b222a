package io.eddy.runtime.operators.rank;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.RowSchema;
import java.util.List;

/**
 * An ORDER BY over input fields. Ranking operators project these fields into a sort key row (its
 * fields in this order) and compare sort keys with {@link #sortKeyComparator(RowSchema)}. An empty
 * spec (plain {@code LIMIT}) makes every row's sort key equal, so rows keep their arrival order.
 *
 * @param fields the sort fields, most significant first
 */
public record SortSpec(List<SortField> fields) {

    public SortSpec {
        fields = List.copyOf(requireNonNull(fields, "fields is null"));
    }

    public static SortSpec of(SortField... fields) {
        return new SortSpec(List.of(fields));
    }

    /** No ordering: all rows tie. */
    public static SortSpec none() {
        return new SortSpec(List.of());
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** Projects the sort fields of an input row into a fresh sort key row. */
    public KeySelector sortKeySelector(RowSchema inputSchema) {
        requireNonNull(inputSchema, "inputSchema is null");
        if (fields.isEmpty()) {
            return EmptyKeySelector.INSTANCE;
        }
        int[] indexes = new int[fields.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = fields.get(i).index();
        }
        return new FieldKeySelector(inputSchema, indexes);
    }

    /** Compares the sort key rows made by {@link #sortKeySelector(RowSchema)}. */
    public RowComparator sortKeyComparator(RowSchema inputSchema) {
        RowSchema keySchema = sortKeySelector(inputSchema).keySchema();
        SortField[] keyFields = new SortField[fields.size()];
        for (int i = 0; i < keyFields.length; i++) {
            SortField field = fields.get(i);
            keyFields[i] = new SortField(i, field.ascending(), field.nullsFirst());
        }
        return new RowComparator(keySchema, List.of(keyFields));
    }

    @Override
    public String toString() {
        return fields.isEmpty() ? "no order" : "ORDER BY " + fields;
    }
}

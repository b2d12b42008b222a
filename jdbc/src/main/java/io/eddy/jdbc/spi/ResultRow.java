package io.eddy.jdbc.spi;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * One row of a {@link ResultStream} with its row kind.
 *
 * <p>Values are JDBC-friendly Java objects: {@code Boolean}, {@code Byte}, {@code Short},
 * {@code Integer}, {@code Long}, {@code Float}, {@code Double}, {@code BigDecimal}, {@code String},
 * {@code byte[]}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime} (TIMESTAMP),
 * {@code Instant} (TIMESTAMP_LTZ), {@code List} (ARRAY, MULTISET), {@code Map} (MAP) and
 * {@code Object[]} (ROW); {@code null} for SQL NULL.
 *
 * @param kind the change this row stands for
 * @param values the column values, in column order (the array is copied)
 */
public record ResultRow(RowKind kind, Object[] values) {

    public ResultRow {
        requireNonNull(kind, "kind is null");
        values = requireNonNull(values, "values is null").clone();
    }

    /** An insertion row. */
    public static ResultRow insert(Object... values) {
        return new ResultRow(RowKind.INSERT, values);
    }

    /** The value of the column at {@code index} (0-based). */
    public Object value(int index) {
        return values[index];
    }

    /** The number of values. */
    public int size() {
        return values.length;
    }

    @Override
    public Object[] values() {
        return values.clone();
    }

    /** The values as an unmodifiable list (null allowed). */
    public List<Object> valueList() {
        return java.util.Collections.unmodifiableList(Arrays.asList(values.clone()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResultRow row && kind == row.kind && Arrays.deepEquals(values, row.values);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        String text = Arrays.deepToString(values);
        return kind.shortString() + text;
    }
}

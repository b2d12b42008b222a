package io.eddy.runtime.data;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The runtime description of one field: its kind plus what serializers and printers need.
 *
 * @param kind where and how the value is stored
 * @param precision fractional-second digits for timestamps and times (0..9), digits for decimals
 * @param scale digits after the point for decimals, 0 otherwise
 * @param children the element type of an ARRAY, key and value types of a MAP, empty otherwise
 * @param rowSchema the schema of a nested ROW, {@code null} otherwise
 */
public record FieldType(FieldKind kind, int precision, int scale, List<FieldType> children, RowSchema rowSchema) {

    public static final FieldType BOOLEAN = of(FieldKind.BOOLEAN);
    public static final FieldType TINYINT = of(FieldKind.TINYINT);
    public static final FieldType SMALLINT = of(FieldKind.SMALLINT);
    public static final FieldType INT = of(FieldKind.INT);
    public static final FieldType BIGINT = of(FieldKind.BIGINT);
    public static final FieldType FLOAT = of(FieldKind.FLOAT);
    public static final FieldType DOUBLE = of(FieldKind.DOUBLE);
    public static final FieldType DATE = of(FieldKind.DATE);
    public static final FieldType TIME = of(FieldKind.TIME);
    public static final FieldType STRING = of(FieldKind.STRING);
    public static final FieldType BYTES = of(FieldKind.BYTES);

    public FieldType {
        requireNonNull(kind, "kind is null");
        children = List.copyOf(requireNonNull(children, "children is null"));
        if (precision < 0 || scale < 0) {
            throw new IllegalArgumentException("precision and scale must not be negative: " + precision + ", " + scale);
        }
        int expectedChildren = switch (kind) {
            case ARRAY -> 1;
            case MAP -> 2;
            default -> 0;
        };
        if (children.size() != expectedChildren) {
            throw new IllegalArgumentException(kind + " needs " + expectedChildren + " child types, got " + children.size());
        }
        if ((kind == FieldKind.ROW) != (rowSchema != null)) {
            throw new IllegalArgumentException("a row schema is required for ROW and only for ROW, kind " + kind);
        }
    }

    /** A field type without parameters. */
    public static FieldType of(FieldKind kind) {
        return new FieldType(kind, kind == FieldKind.TIMESTAMP || kind == FieldKind.TIMESTAMP_LTZ ? 3 : 0, 0, List.of(), null);
    }

    /** A local timestamp with the given fractional-second precision (0..9). */
    public static FieldType timestamp(int precision) {
        return new FieldType(FieldKind.TIMESTAMP, checkTimePrecision(precision), 0, List.of(), null);
    }

    /** An instant with the given fractional-second precision (0..9). */
    public static FieldType timestampLtz(int precision) {
        return new FieldType(FieldKind.TIMESTAMP_LTZ, checkTimePrecision(precision), 0, List.of(), null);
    }

    /** A decimal with precision and scale. */
    public static FieldType decimal(int precision, int scale) {
        if (precision < 1 || precision > 38 || scale > precision) {
            throw new IllegalArgumentException("invalid DECIMAL(" + precision + ", " + scale + ")");
        }
        return new FieldType(FieldKind.DECIMAL, precision, scale, List.of(), null);
    }

    /** An array of elements of the given type. */
    public static FieldType array(FieldType element) {
        return new FieldType(FieldKind.ARRAY, 0, 0, List.of(element), null);
    }

    /** A map from keys to values. */
    public static FieldType map(FieldType key, FieldType value) {
        return new FieldType(FieldKind.MAP, 0, 0, List.of(key, value), null);
    }

    /** A nested row. */
    public static FieldType row(RowSchema schema) {
        return new FieldType(FieldKind.ROW, 0, 0, List.of(), schema);
    }

    /** True when timestamps of this type carry nanoseconds below the millisecond. */
    public boolean hasSubMillisecondPrecision() {
        return (kind == FieldKind.TIMESTAMP || kind == FieldKind.TIMESTAMP_LTZ) && precision > 3;
    }

    private static int checkTimePrecision(int precision) {
        if (precision < 0 || precision > 9) {
            throw new IllegalArgumentException("timestamp precision must be 0..9, got " + precision);
        }
        return precision;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case TIMESTAMP, TIMESTAMP_LTZ -> kind + "(" + precision + ")";
            case DECIMAL -> "DECIMAL(" + precision + ", " + scale + ")";
            case ARRAY -> "ARRAY<" + children.get(0) + ">";
            case MAP -> "MAP<" + children.get(0) + ", " + children.get(1) + ">";
            case ROW -> "ROW" + rowSchema;
            default -> kind.name();
        };
    }
}

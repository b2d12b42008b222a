package io.eddy.runtime.data;

/**
 * The physical kinds of fields the runtime understands, with where a {@link Row} keeps them.
 *
 * <p>Fixed-width kinds live in the row's {@code long} slot (see {@code DESIGN-ROWS.md} for each
 * encoding); variable-width kinds live in the row's object slot. This is not a SQL type system:
 * the planner maps SQL types onto these kinds.
 */
public enum FieldKind {
    /** {@code boolean}: 0 or 1 in the long slot. */
    BOOLEAN(true),
    /** {@code byte} (TINYINT) in the long slot. */
    TINYINT(true),
    /** {@code short} (SMALLINT) in the long slot. */
    SMALLINT(true),
    /** {@code int} in the long slot. */
    INT(true),
    /** {@code long} in the long slot. */
    BIGINT(true),
    /** {@code float}: its raw int bits in the long slot. */
    FLOAT(true),
    /** {@code double}: its raw long bits in the long slot. */
    DOUBLE(true),
    /** Days since 1970-01-01 in the long slot. */
    DATE(true),
    /** Milliseconds of the day in the long slot. */
    TIME(true),
    /** Local date-time: epoch milliseconds (as if UTC) in the long slot plus nanos of the millisecond. */
    TIMESTAMP(true),
    /** An instant: epoch milliseconds in the long slot plus nanos of the millisecond. */
    TIMESTAMP_LTZ(true),
    /** {@link java.math.BigDecimal} in the object slot. */
    DECIMAL(false),
    /** {@link String} in the object slot. */
    STRING(false),
    /** {@code byte[]} in the object slot. */
    BYTES(false),
    /** A nested {@link Row} in the object slot. */
    ROW(false),
    /** An immutable {@link java.util.List} in the object slot. */
    ARRAY(false),
    /** An immutable {@link java.util.Map} in the object slot. */
    MAP(false);

    private final boolean fixedWidth;

    FieldKind(boolean fixedWidth) {
        this.fixedWidth = fixedWidth;
    }

    /** True when the value lives in the row's long slot. */
    public boolean isFixedWidth() {
        return fixedWidth;
    }
}

package io.eddy.runtime.data;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mutable row of the hot path: a {@link RowKind}, a {@code long} slot per fixed-width field, an
 * object slot per variable-width field, a null bit per field and an optional nanos-of-millisecond
 * slot per timestamp. See {@code runtime/DESIGN-ROWS.md} for every encoding.
 *
 * <p>Primitives are never boxed: {@link #getLong(int)}, {@link #getInt(int)}, {@link #getDouble(int)} and
 * friends read the long slot directly. Values put into object slots (strings, byte arrays, decimals,
 * nested rows, lists, maps) are treated as immutable and shared by {@link #copy()}.
 *
 * <p>Equality and hashing are by value (kind, nulls and slots); {@link #hashCode()} ignores the row kind
 * and is stable across JVMs, so it can pick key groups. A row is not thread-safe; whoever keeps a row
 * beyond the call that handed it over must {@link #copy()} it, because producers may reuse rows.
 */
public final class Row {

    /** The object slots of rows whose fields are all fixed-width: none, shared. */
    private static final Object[] NO_OBJECTS = new Object[0];

    private final RowSchema schema;
    private RowKind kind;
    private final long[] fixed;
    /** The object slots; {@link #NO_OBJECTS} when every field is fixed-width (then the row has no objects to hold). */
    private final Object[] objects;
    /** The null bits of fields 0 to 63, kept in the row itself: one object less per row, one load less per check. */
    private long nulls;
    /** The null bits of fields 64 and on, 64 per word; null when there are at most 64 fields. */
    private final long[] moreNulls;
    private int[] nanos;

    /** An all-null {@code +I} row of the given schema. */
    public Row(RowSchema schema) {
        this(RowKind.INSERT, schema);
    }

    /** An all-null row of the given kind and schema. */
    public Row(RowKind kind, RowSchema schema) {
        this.schema = requireNonNull(schema, "schema is null");
        this.kind = requireNonNull(kind, "kind is null");
        int arity = schema.arity();
        this.fixed = new long[arity];
        this.objects = schema.fixedWidthOnly() ? NO_OBJECTS : new Object[arity];
        this.moreNulls = arity > Long.SIZE ? new long[(arity - 1) >>> 6] : null;
        for (int i = 0; i < arity; i++) {
            setNullBit(i);
        }
    }

    private Row(Row other) {
        this.schema = other.schema;
        this.kind = other.kind;
        this.fixed = other.fixed.clone();
        this.objects = other.objects == NO_OBJECTS ? NO_OBJECTS : other.objects.clone();
        this.nulls = other.nulls;
        this.moreNulls = other.moreNulls == null ? null : other.moreNulls.clone();
        this.nanos = other.nanos == null ? null : other.nanos.clone();
    }

    /** A {@code +I} row whose schema is inferred from the Java values (Long → BIGINT, String → STRING ...). */
    public static Row of(Object... values) {
        return ofKind(RowKind.INSERT, values);
    }

    /** A row of the given kind whose schema is inferred from the Java values. */
    public static Row ofKind(RowKind kind, Object... values) {
        FieldType[] types = new FieldType[values.length];
        for (int i = 0; i < values.length; i++) {
            types[i] = FieldValues.inferType(values[i]);
        }
        return withValues(kind, RowSchema.ofTypes(types), values);
    }

    /** A row of the given kind and schema holding the Java values (see {@link #setField(int, Object)}). */
    public static Row withValues(RowKind kind, RowSchema schema, Object... values) {
        if (values.length != schema.arity()) {
            throw new IllegalArgumentException("schema " + schema + " has " + schema.arity() + " fields, got " + values.length + " values");
        }
        Row row = new Row(kind, schema);
        for (int i = 0; i < values.length; i++) {
            row.setField(i, values[i]);
        }
        return row;
    }

    public RowSchema schema() {
        return schema;
    }

    public int arity() {
        return fixed.length;
    }

    public RowKind getKind() {
        return kind;
    }

    public Row setKind(RowKind kind) {
        this.kind = requireNonNull(kind, "kind is null");
        return this;
    }

    public boolean isNullAt(int i) {
        return ((i < Long.SIZE ? nulls : moreNulls[(i >>> 6) - 1]) & (1L << i)) != 0;
    }

    public void setNullAt(int i) {
        setNullBit(i);
        fixed[i] = 0;
        if (objects != NO_OBJECTS) {
            objects[i] = null;
        }
        if (nanos != null) {
            nanos[i] = 0;
        }
    }

    private void setNullBit(int i) {
        if (i < Long.SIZE) {
            nulls |= 1L << i;
        } else {
            moreNulls[(i >>> 6) - 1] |= 1L << i;
        }
    }

    private void markNotNull(int i) {
        if (i < Long.SIZE) {
            nulls &= ~(1L << i);
        } else {
            moreNulls[(i >>> 6) - 1] &= ~(1L << i);
        }
    }

    // ---- fixed-width fields: the long slot ----

    public long getLong(int i) {
        return fixed[i];
    }

    public void setLong(int i, long value) {
        fixed[i] = value;
        markNotNull(i);
    }

    public int getInt(int i) {
        return (int) fixed[i];
    }

    public void setInt(int i, int value) {
        setLong(i, value);
    }

    public short getShort(int i) {
        return (short) fixed[i];
    }

    public byte getByte(int i) {
        return (byte) fixed[i];
    }

    public boolean getBoolean(int i) {
        return fixed[i] != 0;
    }

    public void setBoolean(int i, boolean value) {
        setLong(i, value ? 1 : 0);
    }

    public double getDouble(int i) {
        return Double.longBitsToDouble(fixed[i]);
    }

    public void setDouble(int i, double value) {
        setLong(i, Double.doubleToRawLongBits(value));
    }

    public float getFloat(int i) {
        return Float.intBitsToFloat((int) fixed[i]);
    }

    public void setFloat(int i, float value) {
        setLong(i, Float.floatToRawIntBits(value) & 0xFFFF_FFFFL);
    }

    /** DATE: days since 1970-01-01. */
    public int getDate(int i) {
        return (int) fixed[i];
    }

    /** TIME: milliseconds of the day. */
    public int getTime(int i) {
        return (int) fixed[i];
    }

    /** TIMESTAMP / TIMESTAMP_LTZ: epoch milliseconds. */
    public long getTimestampMillis(int i) {
        return fixed[i];
    }

    /** TIMESTAMP / TIMESTAMP_LTZ: nanoseconds within the millisecond, 0..999,999. */
    public int getTimestampNanosOfMilli(int i) {
        return nanos == null ? 0 : nanos[i];
    }

    /** Sets a timestamp with millisecond precision. */
    public void setTimestamp(int i, long epochMillis) {
        setLong(i, epochMillis);
        if (nanos != null) {
            nanos[i] = 0;
        }
    }

    /** Sets a timestamp with nanoseconds within the millisecond (0..999,999). */
    public void setTimestamp(int i, long epochMillis, int nanosOfMilli) {
        if (nanosOfMilli < 0 || nanosOfMilli > 999_999) {
            throw new IllegalArgumentException("nanos of millisecond out of range: " + nanosOfMilli);
        }
        setLong(i, epochMillis);
        if (nanosOfMilli != 0 && nanos == null) {
            nanos = new int[fixed.length];
        }
        if (nanos != null) {
            nanos[i] = nanosOfMilli;
        }
    }

    // ---- variable-width fields: the object slot ----

    public String getString(int i) {
        return (String) object(i);
    }

    public void setString(int i, String value) {
        setObject(i, value);
    }

    public byte[] getBytes(int i) {
        return (byte[]) object(i);
    }

    public void setBytes(int i, byte[] value) {
        setObject(i, value);
    }

    public BigDecimal getDecimal(int i) {
        return (BigDecimal) object(i);
    }

    public void setDecimal(int i, BigDecimal value) {
        setObject(i, value);
    }

    public Row getRow(int i) {
        return (Row) object(i);
    }

    public void setRow(int i, Row value) {
        setObject(i, value);
    }

    public List<?> getArray(int i) {
        return (List<?>) object(i);
    }

    public Map<?, ?> getMap(int i) {
        return (Map<?, ?>) object(i);
    }

    /** The raw object slot; {@code null} for fixed-width fields. */
    public Object getObject(int i) {
        return object(i);
    }

    private Object object(int i) {
        return objects == NO_OBJECTS ? null : objects[i];
    }

    /** Sets the raw object slot of a variable-width field; {@code null} sets the field to null. */
    public void setObject(int i, Object value) {
        if (value == null) {
            setNullAt(i);
            return;
        }
        if (objects == NO_OBJECTS) {
            throw new IllegalArgumentException("field " + i + " of " + schema + " is fixed-width and holds no object, not " + value);
        }
        objects[i] = value;
        markNotNull(i);
    }

    /** Copies field {@code sourceIndex} of {@code source} (value or null) into field {@code i}, without boxing. */
    public void setFieldFrom(int i, Row source, int sourceIndex) {
        if (source.isNullAt(sourceIndex)) {
            setNullAt(i);
            return;
        }
        fixed[i] = source.fixed[sourceIndex];
        Object value = source.object(sourceIndex);
        if (objects != NO_OBJECTS) {
            objects[i] = value;
        } else if (value != null) {
            throw new IllegalArgumentException("field " + i + " of " + schema + " is fixed-width and holds no object, not " + value);
        }
        int sourceNanos = source.getTimestampNanosOfMilli(sourceIndex);
        if (sourceNanos != 0 || nanos != null) {
            setTimestamp(i, fixed[i], sourceNanos);
        }
        markNotNull(i);
    }

    // ---- boxed access for tests, fixtures and printing (never on the hot path) ----

    /** The field as a Java value according to the schema (Long, Integer, Double, LocalDateTime ...), or null. */
    public Object getField(int i) {
        return isNullAt(i) ? null : FieldValues.read(this, i, schema.type(i));
    }

    /** Sets a field from a Java value, converting numbers to the schema's kind; null sets null. */
    public void setField(int i, Object value) {
        if (value == null) {
            setNullAt(i);
        } else {
            FieldValues.write(this, i, schema.type(i), value);
        }
    }

    /** An independent copy of this row (object slot values are shared, they are immutable). */
    public Row copy() {
        return new Row(this);
    }

    /**
     * Makes this row a copy of {@code source} without allocating (unless the source has sub-millisecond
     * timestamps this row has no room for yet); both must have the same schema object. Returns this row.
     */
    public Row copyFrom(Row source) {
        if (source.schema != schema) {
            throw new IllegalArgumentException("cannot copy a row of " + source.schema + " into a row of " + schema);
        }
        kind = source.kind;
        System.arraycopy(source.fixed, 0, fixed, 0, fixed.length);
        System.arraycopy(source.objects, 0, objects, 0, objects.length);
        nulls = source.nulls;
        if (moreNulls != null) {
            System.arraycopy(source.moreNulls, 0, moreNulls, 0, moreNulls.length);
        }
        if (source.nanos != null) {
            if (nanos == null) {
                nanos = new int[fixed.length];
            }
            System.arraycopy(source.nanos, 0, nanos, 0, nanos.length);
        } else if (nanos != null) {
            Arrays.fill(nanos, 0);
        }
        return this;
    }

    /** Resets every field to null and the kind to {@code +I}, for reuse. */
    public void clear() {
        kind = RowKind.INSERT;
        for (int i = 0; i < fixed.length; i++) {
            setNullAt(i);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Row row)) {
            return false;
        }
        return kind == row.kind
                && nulls == row.nulls
                && Arrays.equals(moreNulls, row.moreNulls)
                && Arrays.equals(fixed, row.fixed)
                && objectsEqual(row)
                && nanosEqual(row);
    }

    /** Whether the object slots are equal, a row without object slots counting as all null slots. */
    private boolean objectsEqual(Row row) {
        if (objects.length == row.objects.length) {
            return Arrays.deepEquals(objects, row.objects);
        }
        for (int i = 0; i < fixed.length; i++) {
            if (!Objects.deepEquals(object(i), row.object(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean nanosEqual(Row row) {
        if (nanos == null && row.nanos == null) {
            return true;
        }
        for (int i = 0; i < fixed.length; i++) {
            if (getTimestampNanosOfMilli(i) != row.getTimestampNanosOfMilli(i)) {
                return false;
            }
        }
        return true;
    }

    /** A hash of the values, independent of the row kind and stable across JVMs. */
    @Override
    public int hashCode() {
        int hash = nullsHashCode();
        for (int i = 0; i < fixed.length; i++) {
            hash = mixField(hash, i);
        }
        return hash;
    }

    /** {@code Arrays.hashCode} of the null bits as 64-bit words, the hash rows have always started from (it picks key groups). */
    private int nullsHashCode() {
        if (fixed.length == 0) {
            return 1;
        }
        int hash = 31 + Long.hashCode(nulls);
        if (moreNulls != null) {
            for (long word : moreNulls) {
                hash = 31 * hash + Long.hashCode(word);
            }
        }
        return hash;
    }

    /**
     * Folds field {@code i}'s value into a running hash: the step {@link #hashCode()} takes per field,
     * so a key selector can hash a projection without building the projected row. A null field
     * counts as an all-zero slot, as it is in a row whose field was set to null.
     */
    int mixField(int hash, int i) {
        if (isNullAt(i)) {
            return 31 * hash;
        }
        hash = 31 * hash + Long.hashCode(fixed[i]);
        Object value = object(i);
        if (value != null) {
            hash = 31 * hash + (value instanceof byte[] bytes ? Arrays.hashCode(bytes) : value.hashCode());
        }
        if (nanos != null && nanos[i] != 0) {
            hash = 31 * hash + nanos[i];
        }
        return hash;
    }

    /** Flink's format: {@code +I[1, abc, null]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind.shortString()).append('[');
        for (int i = 0; i < fixed.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            FieldValues.appendTo(text, getField(i));
        }
        return text.append(']').toString();
    }
}

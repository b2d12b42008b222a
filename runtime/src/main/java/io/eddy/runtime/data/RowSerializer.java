package io.eddy.runtime.data;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact binary form of rows of one schema: the kind byte, a null bitmap, then each non-null
 * field (zig-zag varints for integers, dates, times and timestamp millis; raw bits for floating point;
 * length-prefixed UTF-8 for strings; unscaled bytes for decimals; recursive for nested values).
 * Array elements and map entries use the Java values of {@link Row#getField(int)}.
 */
public final class RowSerializer implements TypeSerializer<Row> {

    private final RowSchema schema;
    private final FieldKind[] kinds;

    public RowSerializer(RowSchema schema) {
        this.schema = requireNonNull(schema, "schema is null");
        this.kinds = new FieldKind[schema.arity()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = schema.kind(i);
        }
    }

    public RowSchema schema() {
        return schema;
    }

    @Override
    public void serialize(Row row, BinaryOutput output) {
        if (row.arity() != kinds.length) {
            throw new IllegalArgumentException("row " + row + " does not have the " + kinds.length + " fields of " + schema);
        }
        output.writeByte(row.getKind().toByteValue());
        for (int start = 0; start < kinds.length; start += 8) {
            int bits = 0;
            for (int i = start; i < Math.min(start + 8, kinds.length); i++) {
                if (row.isNullAt(i)) {
                    bits |= 1 << (i - start);
                }
            }
            output.writeByte(bits);
        }
        for (int i = 0; i < kinds.length; i++) {
            if (!row.isNullAt(i)) {
                writeField(row, i, output);
            }
        }
    }

    private void writeField(Row row, int i, BinaryOutput output) {
        switch (kinds[i]) {
            case BOOLEAN -> output.writeBoolean(row.getBoolean(i));
            case TINYINT, SMALLINT, INT, BIGINT, DATE, TIME -> output.writeVarLong(row.getLong(i));
            case FLOAT, DOUBLE -> output.writeLong(row.getLong(i));
            case TIMESTAMP, TIMESTAMP_LTZ -> {
                output.writeVarLong(row.getTimestampMillis(i));
                if (schema.type(i).hasSubMillisecondPrecision()) {
                    output.writeUnsignedVarInt(row.getTimestampNanosOfMilli(i));
                }
            }
            default -> writeValue(row.getObject(i), schema.type(i), output);
        }
    }

    @Override
    public Row deserialize(BinaryInput input) {
        Row row = new Row(RowKind.fromByteValue(input.readByte()), schema);
        int bits = 0;
        boolean[] isNull = new boolean[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            if (i % 8 == 0) {
                bits = input.readByte();
            }
            isNull[i] = (bits & (1 << (i % 8))) != 0;
        }
        for (int i = 0; i < kinds.length; i++) {
            if (!isNull[i]) {
                readField(row, i, input);
            }
        }
        return row;
    }

    private void readField(Row row, int i, BinaryInput input) {
        switch (kinds[i]) {
            case BOOLEAN -> row.setBoolean(i, input.readBoolean());
            case TINYINT, SMALLINT, INT, BIGINT, DATE, TIME -> row.setLong(i, input.readVarLong());
            case FLOAT, DOUBLE -> row.setLong(i, input.readLong());
            case TIMESTAMP, TIMESTAMP_LTZ -> {
                long millis = input.readVarLong();
                int nanos = schema.type(i).hasSubMillisecondPrecision() ? input.readUnsignedVarInt() : 0;
                row.setTimestamp(i, millis, nanos);
            }
            default -> row.setObject(i, readValue(schema.type(i), input));
        }
    }

    /** Writes a non-null Java value (as returned by {@link Row#getField(int)}) of the given type. */
    static void writeValue(Object value, FieldType type, BinaryOutput output) {
        switch (type.kind()) {
            case BOOLEAN -> output.writeBoolean((Boolean) value);
            case TINYINT, SMALLINT, INT, BIGINT -> output.writeVarLong(((Number) value).longValue());
            case FLOAT -> output.writeLong(Float.floatToRawIntBits((Float) value));
            case DOUBLE -> output.writeLong(Double.doubleToRawLongBits((Double) value));
            case DATE -> output.writeVarLong(((LocalDate) value).toEpochDay());
            case TIME -> output.writeVarLong(((LocalTime) value).toNanoOfDay());
            case TIMESTAMP -> writeInstant(((LocalDateTime) value).toInstant(ZoneOffset.UTC), output);
            case TIMESTAMP_LTZ -> writeInstant((Instant) value, output);
            case DECIMAL -> {
                BigDecimal decimal = (BigDecimal) value;
                output.writeVarInt(decimal.scale());
                output.writeBytes(decimal.unscaledValue().toByteArray());
            }
            case STRING -> output.writeString((String) value);
            case BYTES -> output.writeBytes((byte[]) value);
            case ROW -> new RowSerializer(type.rowSchema()).serialize((Row) value, output);
            case ARRAY -> {
                List<?> list = (List<?>) value;
                output.writeUnsignedVarInt(list.size());
                for (Object element : list) {
                    writeNullable(element, type.children().get(0), output);
                }
            }
            case MAP -> {
                Map<?, ?> map = (Map<?, ?>) value;
                output.writeUnsignedVarInt(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    writeNullable(entry.getKey(), type.children().get(0), output);
                    writeNullable(entry.getValue(), type.children().get(1), output);
                }
            }
        }
    }

    private static void writeInstant(Instant instant, BinaryOutput output) {
        output.writeVarLong(instant.getEpochSecond());
        output.writeUnsignedVarInt(instant.getNano());
    }

    private static Instant readInstant(BinaryInput input) {
        return Instant.ofEpochSecond(input.readVarLong(), input.readUnsignedVarInt());
    }

    private static void writeNullable(Object value, FieldType type, BinaryOutput output) {
        output.writeBoolean(value != null);
        if (value != null) {
            writeValue(value, type, output);
        }
    }

    private static Object readNullable(FieldType type, BinaryInput input) {
        return input.readBoolean() ? readValue(type, input) : null;
    }

    /** Reads a value written by {@link #writeValue(Object, FieldType, BinaryOutput)}. */
    static Object readValue(FieldType type, BinaryInput input) {
        return switch (type.kind()) {
            case BOOLEAN -> input.readBoolean();
            case TINYINT -> (byte) input.readVarLong();
            case SMALLINT -> (short) input.readVarLong();
            case INT -> (int) input.readVarLong();
            case BIGINT -> input.readVarLong();
            case FLOAT -> Float.intBitsToFloat((int) input.readLong());
            case DOUBLE -> Double.longBitsToDouble(input.readLong());
            case DATE -> LocalDate.ofEpochDay(input.readVarLong());
            case TIME -> LocalTime.ofNanoOfDay(input.readVarLong());
            case TIMESTAMP -> LocalDateTime.ofInstant(readInstant(input), ZoneOffset.UTC);
            case TIMESTAMP_LTZ -> readInstant(input);
            case DECIMAL -> {
                int scale = input.readVarInt();
                yield new BigDecimal(new BigInteger(input.readBytes()), scale);
            }
            case STRING -> input.readString();
            case BYTES -> input.readBytes();
            case ROW -> new RowSerializer(type.rowSchema()).deserialize(input);
            case ARRAY -> {
                int size = input.readUnsignedVarInt();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(readNullable(type.children().get(0), input));
                }
                yield Collections.unmodifiableList(list);
            }
            case MAP -> {
                int size = input.readUnsignedVarInt();
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(readNullable(type.children().get(0), input), readNullable(type.children().get(1), input));
                }
                yield Collections.unmodifiableMap(map);
            }
        };
    }
}

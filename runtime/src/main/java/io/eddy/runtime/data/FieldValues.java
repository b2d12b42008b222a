package io.eddy.runtime.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Conversions between a row's slots and ordinary Java values, for tests, fixtures and printing. */
final class FieldValues {

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private FieldValues() {
    }

    static FieldType inferType(Object value) {
        if (value == null || value instanceof String) {
            return FieldType.STRING;
        } else if (value instanceof Long) {
            return FieldType.BIGINT;
        } else if (value instanceof Integer) {
            return FieldType.INT;
        } else if (value instanceof Short) {
            return FieldType.SMALLINT;
        } else if (value instanceof Byte) {
            return FieldType.TINYINT;
        } else if (value instanceof Double) {
            return FieldType.DOUBLE;
        } else if (value instanceof Float) {
            return FieldType.FLOAT;
        } else if (value instanceof Boolean) {
            return FieldType.BOOLEAN;
        } else if (value instanceof BigDecimal decimal) {
            return FieldType.decimal(Math.max(decimal.precision(), Math.max(decimal.scale(), 1)), Math.max(decimal.scale(), 0));
        } else if (value instanceof byte[]) {
            return FieldType.BYTES;
        } else if (value instanceof LocalDate) {
            return FieldType.DATE;
        } else if (value instanceof LocalTime) {
            return FieldType.TIME;
        } else if (value instanceof LocalDateTime dateTime) {
            return FieldType.timestamp(dateTime.getNano() % NANOS_PER_MILLI == 0 ? 3 : 9);
        } else if (value instanceof Instant instant) {
            return FieldType.timestampLtz(instant.getNano() % NANOS_PER_MILLI == 0 ? 3 : 9);
        } else if (value instanceof Row row) {
            return FieldType.row(row.schema());
        } else if (value instanceof List<?> list) {
            return FieldType.array(list.isEmpty() ? FieldType.STRING : inferType(list.get(0)));
        } else if (value instanceof Map<?, ?> map) {
            Map.Entry<?, ?> first = map.isEmpty() ? null : map.entrySet().iterator().next();
            return first == null
                    ? FieldType.map(FieldType.STRING, FieldType.STRING)
                    : FieldType.map(inferType(first.getKey()), inferType(first.getValue()));
        }
        throw new IllegalArgumentException("no field kind for Java type " + value.getClass().getName());
    }

    static Object read(Row row, int i, FieldType type) {
        return switch (type.kind()) {
            case BOOLEAN -> row.getBoolean(i);
            case TINYINT -> row.getByte(i);
            case SMALLINT -> row.getShort(i);
            case INT -> row.getInt(i);
            case BIGINT -> row.getLong(i);
            case FLOAT -> row.getFloat(i);
            case DOUBLE -> row.getDouble(i);
            case DATE -> LocalDate.ofEpochDay(row.getDate(i));
            case TIME -> LocalTime.ofNanoOfDay(row.getTime(i) * NANOS_PER_MILLI);
            case TIMESTAMP -> LocalDateTime.ofInstant(toInstant(row, i), ZoneOffset.UTC);
            case TIMESTAMP_LTZ -> toInstant(row, i);
            default -> row.getObject(i);
        };
    }

    private static Instant toInstant(Row row, int i) {
        return Instant.ofEpochMilli(row.getTimestampMillis(i)).plusNanos(row.getTimestampNanosOfMilli(i));
    }

    static void write(Row row, int i, FieldType type, Object value) {
        switch (type.kind()) {
            case BOOLEAN -> row.setBoolean(i, (Boolean) value);
            case TINYINT, SMALLINT, INT, BIGINT -> row.setLong(i, asNumber(value, type).longValue());
            case FLOAT -> row.setFloat(i, asNumber(value, type).floatValue());
            case DOUBLE -> row.setDouble(i, asNumber(value, type).doubleValue());
            case DATE -> row.setInt(i, value instanceof LocalDate date ? (int) date.toEpochDay() : asNumber(value, type).intValue());
            case TIME -> row.setInt(i, value instanceof LocalTime time
                    ? (int) (time.toNanoOfDay() / NANOS_PER_MILLI) : asNumber(value, type).intValue());
            case TIMESTAMP, TIMESTAMP_LTZ -> writeTimestamp(row, i, type, value);
            case DECIMAL -> row.setDecimal(i, toDecimal(value, type));
            case STRING -> row.setString(i, value.toString());
            default -> row.setObject(i, value);
        }
    }

    private static void writeTimestamp(Row row, int i, FieldType type, Object value) {
        Instant instant;
        if (value instanceof LocalDateTime dateTime) {
            instant = dateTime.toInstant(ZoneOffset.UTC);
        } else if (value instanceof Instant given) {
            instant = given;
        } else {
            row.setTimestamp(i, asNumber(value, type).longValue());
            return;
        }
        long millis = instant.getEpochSecond() * 1000L + instant.getNano() / NANOS_PER_MILLI;
        row.setTimestamp(i, millis, (int) (instant.getNano() % NANOS_PER_MILLI));
    }

    private static BigDecimal toDecimal(Object value, FieldType type) {
        BigDecimal decimal = value instanceof BigDecimal given ? given : new BigDecimal(asNumber(value, type).toString());
        return decimal.setScale(type.scale(), RoundingMode.HALF_UP);
    }

    private static Number asNumber(Object value, FieldType type) {
        if (value instanceof Number number) {
            return number;
        }
        throw new IllegalArgumentException("a " + type + " field needs a number, got " + value.getClass().getSimpleName() + " " + value);
    }

    static void appendTo(StringBuilder text, Object value) {
        if (value instanceof byte[] bytes) {
            text.append(Arrays.toString(bytes));
        } else if (value instanceof BigDecimal decimal) {
            text.append(decimal.toPlainString());
        } else {
            text.append(value);
        }
    }
}

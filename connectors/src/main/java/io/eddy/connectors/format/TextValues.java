package io.eddy.connectors.format;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;

/**
 * Reads and writes scalar values from and to text as Flink's text formats do: numbers and booleans
 * trimmed, dates {@code yyyy-MM-dd}, times {@code HH:mm:ss[.fff]}, timestamps per {@link TemporalText},
 * bytes in Base64, decimals rounded to the type's scale (NULL when they overflow its precision).
 */
public final class TextValues {

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final TemporalText temporal;

    public TextValues(TemporalText temporal) {
        this.temporal = requireNonNull(temporal, "temporal is null");
    }

    public TemporalText temporal() {
        return temporal;
    }

    /** Whether {@code kind} is a scalar this class reads (not ROW, ARRAY or MAP). */
    public static boolean isScalar(FieldKind kind) {
        return kind != FieldKind.ROW && kind != FieldKind.ARRAY && kind != FieldKind.MAP;
    }

    /** Parses {@code text} into field {@code index} of {@code row} without boxing. */
    public void parseInto(String text, FieldType type, Row row, int index) {
        try {
            switch (type.kind()) {
                case BOOLEAN -> row.setBoolean(index, Boolean.parseBoolean(text.trim()));
                case TINYINT -> row.setLong(index, Byte.parseByte(text.trim()));
                case SMALLINT -> row.setLong(index, Short.parseShort(text.trim()));
                case INT -> row.setLong(index, Integer.parseInt(text.trim()));
                case BIGINT -> row.setLong(index, Long.parseLong(text.trim()));
                case FLOAT -> row.setFloat(index, Float.parseFloat(text.trim()));
                case DOUBLE -> row.setDouble(index, Double.parseDouble(text.trim()));
                case DATE -> row.setLong(index, TemporalText.parseDate(text));
                case TIME -> row.setLong(index, TemporalText.parseTime(text));
                case TIMESTAMP, TIMESTAMP_LTZ -> temporal.parseTimestampInto(text, type, row, index);
                default -> row.setObject(index, parseBoxed(text, type));
            }
        } catch (NumberFormatException e) {
            throw cannotRead(text, type);
        }
    }

    /** Parses {@code text} into the boxed Java value rows hold in arrays and maps. */
    public Object parseBoxed(String text, FieldType type) {
        try {
            return switch (type.kind()) {
                case BOOLEAN -> Boolean.parseBoolean(text.trim());
                case TINYINT -> Byte.parseByte(text.trim());
                case SMALLINT -> Short.parseShort(text.trim());
                case INT -> Integer.parseInt(text.trim());
                case BIGINT -> Long.parseLong(text.trim());
                case FLOAT -> Float.parseFloat(text.trim());
                case DOUBLE -> Double.parseDouble(text.trim());
                case DATE -> LocalDate.ofEpochDay(TemporalText.parseDate(text));
                case TIME -> LocalTime.ofNanoOfDay(TemporalText.parseTime(text) * NANOS_PER_MILLI);
                case TIMESTAMP, TIMESTAMP_LTZ -> temporal.parseTimestampBoxed(text, type);
                case DECIMAL -> toDecimal(new BigDecimal(text.trim()), type);
                case STRING -> text;
                case BYTES -> decodeBase64(text, type);
                default -> throw new FormatException("cannot read " + type + " from text");
            };
        } catch (NumberFormatException e) {
            throw cannotRead(text, type);
        }
    }

    /** A decimal rounded to the type's scale, or null when it has more digits than the precision (as Flink). */
    public static BigDecimal toDecimal(BigDecimal value, FieldType type) {
        BigDecimal scaled = value.setScale(type.scale(), RoundingMode.HALF_UP);
        return scaled.precision() > type.precision() ? null : scaled;
    }

    /** Writes a scalar field of a row as text. */
    public String format(Row row, int index, FieldType type) {
        return switch (type.kind()) {
            case BOOLEAN -> Boolean.toString(row.getBoolean(index));
            case TINYINT, SMALLINT, INT, BIGINT -> Long.toString(row.getLong(index));
            case FLOAT -> Float.toString(row.getFloat(index));
            case DOUBLE -> Double.toString(row.getDouble(index));
            case DATE -> TemporalText.formatDate(row.getDate(index));
            case TIME -> TemporalText.formatTime(row.getTime(index));
            case TIMESTAMP, TIMESTAMP_LTZ -> temporal.formatTimestamp(row, index, type);
            default -> formatBoxed(row.getObject(index), type);
        };
    }

    /** Writes a boxed scalar value as text. */
    public String formatBoxed(Object value, FieldType type) {
        return switch (type.kind()) {
            case DATE -> TemporalText.formatDate((int) ((LocalDate) value).toEpochDay());
            case TIME -> TemporalText.formatTime((int) (((LocalTime) value).toNanoOfDay() / NANOS_PER_MILLI));
            case TIMESTAMP, TIMESTAMP_LTZ -> temporal.formatTimestampBoxed(value);
            case BYTES -> Base64.getEncoder().encodeToString((byte[]) value);
            case DECIMAL -> ((BigDecimal) value).toString();
            default -> value.toString();
        };
    }

    private static byte[] decodeBase64(String text, FieldType type) {
        try {
            return Base64.getDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw new FormatException("cannot read '" + text + "' as " + type + ", expected Base64");
        }
    }

    private static FormatException cannotRead(String text, FieldType type) {
        return new FormatException("cannot read '" + text + "' as " + type);
    }
}

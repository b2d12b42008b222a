package io.eddy.jdbc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The text of a value as Flink prints it ({@code ResultSet.getString}): timestamps as
 * {@code 2024-05-01 12:00:00.000} padded to the column's precision, booleans as {@code TRUE},
 * bytes as {@code x'0a1b'}, arrays as {@code [1, 2]}, maps as {@code {a=1}}, rows as {@code (1, a)},
 * and {@code NULL} for null elements inside them.
 */
final class ValueText {

    private static final HexFormat HEX = HexFormat.of();

    private ValueText() {
    }

    /**
     * The text of a top-level value, or null for SQL NULL.
     *
     * @param fractionDigits the fractional second digits of a time column (its precision)
     */
    static String of(Object value, int fractionDigits) {
        return value == null ? null : format(value, fractionDigits);
    }

    private static String format(Object value, int fractionDigits) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate() + " " + time(dateTime.toLocalTime(), fractionDigits);
        }
        if (value instanceof Instant instant) {
            return format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()), fractionDigits);
        }
        if (value instanceof LocalTime time) {
            return time(time, fractionDigits);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof byte[] bytes) {
            return "x'" + HEX.formatHex(bytes) + "'";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>(list.size());
            for (Object item : list) {
                items.add(format(item, fractionDigits));
            }
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                entries.add(format(entry.getKey(), fractionDigits) + "=" + format(entry.getValue(), fractionDigits));
            }
            return "{" + String.join(", ", entries) + "}";
        }
        if (value instanceof Object[] fields) {
            List<String> items = new ArrayList<>(fields.length);
            for (Object field : fields) {
                items.add(format(field, fractionDigits));
            }
            return "(" + String.join(", ", items) + ")";
        }
        return value.toString();
    }

    private static String time(LocalTime time, int fractionDigits) {
        String text = String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
        if (fractionDigits <= 0) {
            return text;
        }
        String nanos = String.format("%09d", time.getNano());
        return text + "." + nanos.substring(0, Math.min(9, fractionDigits));
    }
}

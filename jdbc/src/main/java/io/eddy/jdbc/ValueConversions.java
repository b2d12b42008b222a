package io.eddy.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;

/**
 * The JDBC conversions from engine values (see {@link io.eddy.jdbc.spi.ResultRow}) to the types
 * the {@code ResultSet} getters return. A value that cannot be converted raises an
 * {@link SQLDataException} (SQLState {@code 22018}, or {@code 22003} when out of range).
 */
final class ValueConversions {

    private ValueConversions() {
    }

    static boolean toBoolean(Object value) throws SQLException {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number number) {
            return toBigDecimal(number).signum() != 0;
        }
        if (value instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.equalsIgnoreCase("true") || trimmed.equals("1")) {
                return true;
            }
            if (trimmed.equalsIgnoreCase("false") || trimmed.equals("0")) {
                return false;
            }
        }
        throw cannotConvert(value, "BOOLEAN");
    }

    static long toLong(Object value, long min, long max, String target) throws SQLException {
        if (value == null) {
            return 0;
        }
        BigDecimal decimal;
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long result = ((Number) value).longValue();
            return checkRange(result, min, max, value, target);
        } else if (value instanceof Number number) {
            decimal = toBigDecimal(number);
        } else if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        } else if (value instanceof String text) {
            try {
                decimal = new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw cannotConvert(value, target);
            }
        } else {
            throw cannotConvert(value, target);
        }
        BigInteger integer = decimal.toBigInteger();
        if (integer.bitLength() > 63) {
            throw outOfRange(value, target);
        }
        return checkRange(integer.longValue(), min, max, value, target);
    }

    private static long checkRange(long result, long min, long max, Object value, String target)
            throws SQLException {
        if (result < min || result > max) {
            throw outOfRange(value, target);
        }
        return result;
    }

    static double toDouble(Object value) throws SQLException {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (value instanceof String text) {
            try {
                return Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw cannotConvert(value, "DOUBLE");
            }
        }
        throw cannotConvert(value, "DOUBLE");
    }

    static BigDecimal toBigDecimal(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw cannotConvert(value, "DECIMAL");
            }
            return new BigDecimal(value.toString());
        }
        if (value instanceof Boolean bool) {
            return bool ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (value instanceof String text) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw cannotConvert(value, "DECIMAL");
            }
        }
        throw cannotConvert(value, "DECIMAL");
    }

    static byte[] toBytes(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (value instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        throw cannotConvert(value, "BINARY");
    }

    static LocalDate toLocalDate(Object value) throws SQLException {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).toLocalDate();
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text.trim());
            } catch (RuntimeException e) {
                throw cannotConvert(value, "DATE");
            }
        }
        throw cannotConvert(value, "DATE");
    }

    static LocalTime toLocalTime(Object value) throws SQLException {
        if (value == null || value instanceof LocalTime) {
            return (LocalTime) value;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalTime();
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).toLocalTime();
        }
        if (value instanceof String text) {
            try {
                return LocalTime.parse(text.trim());
            } catch (RuntimeException e) {
                throw cannotConvert(value, "TIME");
            }
        }
        throw cannotConvert(value, "TIME");
    }

    static LocalDateTime toLocalDateTime(Object value) throws SQLException {
        if (value == null || value instanceof LocalDateTime) {
            return (LocalDateTime) value;
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
        }
        if (value instanceof String text) {
            try {
                return LocalDateTime.parse(text.trim().replace(' ', 'T'));
            } catch (RuntimeException e) {
                throw cannotConvert(value, "TIMESTAMP");
            }
        }
        throw cannotConvert(value, "TIMESTAMP");
    }

    static Instant toInstant(Object value) throws SQLException {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        LocalDateTime dateTime = toLocalDateTime(value);
        return dateTime.atZone(ZoneId.systemDefault()).toInstant();
    }

    static Date toDate(Object value, Calendar calendar) throws SQLException {
        LocalDate date = toLocalDate(value);
        if (date == null) {
            return null;
        }
        if (calendar == null) {
            return Date.valueOf(date);
        }
        return new Date(date.atStartOfDay(calendar.getTimeZone().toZoneId()).toInstant().toEpochMilli());
    }

    static Time toTime(Object value, Calendar calendar) throws SQLException {
        LocalTime time = toLocalTime(value);
        if (time == null) {
            return null;
        }
        if (calendar == null) {
            return new Time(time.atDate(LocalDate.EPOCH).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
        }
        return new Time(time.atDate(LocalDate.EPOCH).atZone(calendar.getTimeZone().toZoneId()).toInstant().toEpochMilli());
    }

    static Timestamp toTimestamp(Object value, Calendar calendar) throws SQLException {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        LocalDateTime dateTime = toLocalDateTime(value);
        if (dateTime == null) {
            return null;
        }
        if (calendar == null) {
            return Timestamp.valueOf(dateTime);
        }
        return Timestamp.from(dateTime.atZone(calendar.getTimeZone().toZoneId()).toInstant());
    }

    /** The value {@code getObject(int)} returns: JDBC's standard classes for dates and times. */
    static Object toStandardObject(Object value) throws SQLException {
        if (value instanceof LocalDate) {
            return toDate(value, null);
        }
        if (value instanceof LocalTime time) {
            return Time.valueOf(time);
        }
        if (value instanceof LocalDateTime || value instanceof Instant) {
            return toTimestamp(value, null);
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        return value;
    }

    /** Converts for {@code getObject(column, type)}. */
    static <T> T toType(Object value, Class<T> type, String text) throws SQLException {
        if (type == null) {
            throw new SQLException("type is null", "22023");
        }
        if (value == null) {
            return null;
        }
        Object result;
        if (type == String.class) {
            result = text;
        } else if (type == Long.class) {
            result = toLong(value, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
        } else if (type == Integer.class) {
            result = (int) toLong(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "INT");
        } else if (type == Short.class) {
            result = (short) toLong(value, Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
        } else if (type == Byte.class) {
            result = (byte) toLong(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
        } else if (type == Double.class) {
            result = toDouble(value);
        } else if (type == Float.class) {
            result = (float) toDouble(value);
        } else if (type == Boolean.class) {
            result = toBoolean(value);
        } else if (type == BigDecimal.class) {
            result = toBigDecimal(value);
        } else if (type == BigInteger.class) {
            result = toBigDecimal(value).toBigInteger();
        } else if (type == byte[].class) {
            result = toBytes(value);
        } else if (type == LocalDate.class) {
            result = toLocalDate(value);
        } else if (type == LocalTime.class) {
            result = toLocalTime(value);
        } else if (type == LocalDateTime.class) {
            result = toLocalDateTime(value);
        } else if (type == Instant.class) {
            result = toInstant(value);
        } else if (type == OffsetDateTime.class) {
            result = toInstant(value).atOffset(ZoneOffset.UTC);
        } else if (type == Date.class) {
            result = toDate(value, null);
        } else if (type == Time.class) {
            result = toTime(value, null);
        } else if (type == Timestamp.class) {
            result = toTimestamp(value, null);
        } else if (type.isInstance(value)) {
            result = value;
        } else {
            throw cannotConvert(value, type.getName());
        }
        return type.cast(result);
    }

    private static SQLDataException cannotConvert(Object value, String target) {
        return new SQLDataException("Cannot convert " + describe(value) + " to " + target, "22018");
    }

    private static SQLDataException outOfRange(Object value, String target) {
        return new SQLDataException("Value " + value + " is out of range for " + target, "22003");
    }

    private static String describe(Object value) {
        if (value instanceof byte[]) {
            return "BINARY value";
        }
        String text = ValueText.of(value, 9);
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return kind(value) + " value '" + text + "'";
    }

    private static String kind(Object value) {
        if (value instanceof java.util.List) {
            return "ARRAY";
        }
        if (value instanceof java.util.Map) {
            return "MAP";
        }
        if (value instanceof Object[]) {
            return "ROW";
        }
        if (value instanceof String) {
            return "STRING";
        }
        return value.getClass().getSimpleName();
    }
}

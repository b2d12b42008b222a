package io.eddy.connectors.format;

import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;
import static java.time.format.DateTimeFormatter.ISO_LOCAL_TIME;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Arrays;

/**
 * Text forms of dates, times and timestamps as Flink's JSON and CSV formats write them: SQL
 * ({@code 2020-12-30 12:13:14.123}) or ISO-8601 ({@code 2020-12-30T12:13:14.123}); instants carry a
 * trailing {@code Z}. Parsing is strict (no February 30), accepts up to nine fractional digits and keeps what the type's
 * precision holds. Not thread-safe: it remembers the last second it read and wrote, so each decoder and encoder has its own.
 */
public final class TemporalText {

    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    private static final DateTimeFormatter SQL_TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SQL_TIMESTAMP = new DateTimeFormatterBuilder()
            .append(ISO_LOCAL_DATE).appendLiteral(' ').append(ISO_LOCAL_TIME).toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_TIMESTAMP = new DateTimeFormatterBuilder()
            .append(ISO_LOCAL_DATE).appendLiteral('T').append(ISO_LOCAL_TIME).toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SQL_TIMESTAMP_LTZ = new DateTimeFormatterBuilder()
            .append(SQL_TIMESTAMP).appendLiteral('Z').toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_TIMESTAMP_LTZ = new DateTimeFormatterBuilder()
            .append(ISO_TIMESTAMP).appendLiteral('Z').toFormatter().withResolverStyle(ResolverStyle.STRICT);

    /** {@code yyyy-MM-dd HH:mm:ss}: the text up to the second. */
    private static final int SECOND_TEXT_LENGTH = 19;
    private static final long INVALID = Long.MIN_VALUE;

    private final boolean iso;
    /** The text up to the second of the last timestamp {@link #parseExactForm(byte[], int, int, FieldType, Row, int)} read, and its epoch millis. */
    private final byte[] lastSecondText = new byte[SECOND_TEXT_LENGTH];
    private long lastSecondMillis;
    /** Writes timestamps of years 0–9999, remembering the last second it wrote. */
    private final TimestampText timestampText;

    /** Timestamps in SQL form ({@code iso} false) or ISO-8601 form ({@code iso} true). */
    public TemporalText(boolean iso) {
        this.iso = iso;
        this.timestampText = new TimestampText(iso);
    }

    /** Days since 1970-01-01 of {@code yyyy-MM-dd}. */
    public static int parseDate(String text) {
        try {
            return (int) LocalDate.parse(text.trim(), ISO_LOCAL_DATE).toEpochDay();
        } catch (DateTimeParseException e) {
            throw new FormatException("cannot read '" + text + "' as DATE, expected yyyy-MM-dd");
        }
    }

    /** Milliseconds of the day of {@code HH:mm:ss[.fff]}. */
    public static int parseTime(String text) {
        try {
            return (int) (LocalTime.parse(text.trim(), SQL_TIME).toNanoOfDay() / NANOS_PER_MILLI);
        } catch (DateTimeParseException e) {
            throw new FormatException("cannot read '" + text + "' as TIME, expected HH:mm:ss[.fff]");
        }
    }

    public static String formatDate(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).format(ISO_LOCAL_DATE);
    }

    public static String formatTime(int millisOfDay) {
        return LocalTime.ofNanoOfDay(millisOfDay * NANOS_PER_MILLI).format(SQL_TIME);
    }

    /** Reads a TIMESTAMP (local) or TIMESTAMP_LTZ into field {@code index} of {@code row}. */
    public void parseTimestampInto(String text, FieldType type, Row row, int index) {
        if (!parseExactForm(text, type, row, index)) {
            setInstant(row, index, parseTimestamp(text, type), type.precision());
        }
    }

    /**
     * The allocation-free path for the exact form {@code yyyy-MM-dd HH:mm:ss[.f…]} (with {@code T} in
     * ISO-8601, and a trailing {@code Z} for instants); false when the text has any other shape, which
     * the formatter then reads or rejects with the message.
     */
    private boolean parseExactForm(String text, FieldType type, Row row, int index) {
        boolean instant = type.kind() == FieldKind.TIMESTAMP_LTZ;
        int end = instant ? text.length() - 1 : text.length();
        if (end < 19 || (instant && text.charAt(end) != 'Z') || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != (iso ? 'T' : ' ') || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return false;
        }
        int fraction = end - 20;
        if (end > 19 && (text.charAt(19) != '.' || fraction < 1 || fraction > 9)) {
            return false;
        }
        return setExact(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2), digits(text, 11, 2), digits(text, 14, 2),
                digits(text, 17, 2), end > 19 ? digits(text, 20, fraction) : 0, end > 19 ? fraction : 9, type, row, index);
    }

    /**
     * Reads the exact form (as {@link #parseTimestampInto} does) from the ASCII bytes {@code bytes[start, end)}
     * into field {@code index} of {@code row}, without allocating; false, leaving the row alone, when
     * the text has any other shape (the caller then reads it as a string). Consecutive timestamps of a
     * stream mostly share their second, so the text up to the second is compared with the last one read
     * and, when equal, only the fraction is parsed.
     */
    public boolean parseExactForm(byte[] bytes, int start, int end, FieldType type, Row row, int index) {
        boolean instant = type.kind() == FieldKind.TIMESTAMP_LTZ;
        int length = (instant ? end - 1 : end) - start;
        if (length < 19 || (instant && bytes[end - 1] != 'Z') || bytes[start + 4] != '-' || bytes[start + 7] != '-'
                || bytes[start + 10] != (iso ? 'T' : ' ') || bytes[start + 13] != ':' || bytes[start + 16] != ':') {
            return false;
        }
        int fraction = length - 20;
        if (length > 19 && (bytes[start + 19] != '.' || fraction < 1 || fraction > 9)) {
            return false;
        }
        int fractionValue = length > 19 ? digits(bytes, start + 20, fraction) : 0;
        if (fractionValue < 0) {
            return false;
        }
        int fractionDigits = length > 19 ? fraction : 9;
        if (Arrays.equals(bytes, start, start + SECOND_TEXT_LENGTH, lastSecondText, 0, SECOND_TEXT_LENGTH)) {
            setTimestamp(lastSecondMillis, fractionValue, fractionDigits, type, row, index);
            return true;
        }
        long secondMillis = secondMillis(digits(bytes, start, 4), digits(bytes, start + 5, 2), digits(bytes, start + 8, 2),
                digits(bytes, start + 11, 2), digits(bytes, start + 14, 2), digits(bytes, start + 17, 2));
        if (secondMillis == INVALID) {
            return false;
        }
        System.arraycopy(bytes, start, lastSecondText, 0, SECOND_TEXT_LENGTH);
        lastSecondMillis = secondMillis;
        setTimestamp(secondMillis, fractionValue, fractionDigits, type, row, index);
        return true;
    }

    /** Checks the fields (each -1 when not all digits) and sets the timestamp; false when one is out of range. */
    private static boolean setExact(int year, int month, int day, int hour, int minute, int second, int fraction, int fractionDigits,
                                    FieldType type, Row row, int index) {
        long secondMillis = secondMillis(year, month, day, hour, minute, second);
        if (secondMillis == INVALID || fraction < 0) {
            return false;
        }
        setTimestamp(secondMillis, fraction, fractionDigits, type, row, index);
        return true;
    }

    /** Epoch milliseconds of the second the fields name, or {@link #INVALID} when one is out of range (or -1: not digits). */
    private static long secondMillis(int year, int month, int day, int hour, int minute, int second) {
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > java.time.Month.of(month).length(java.time.Year.isLeap(year)) || hour > 23 || minute > 59 || second > 59) {
            return INVALID;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return epochDay * 86_400_000L + (hour * 3600L + minute * 60L + second) * 1000L;
    }

    /** Sets the timestamp {@code secondMillis} plus a fraction of {@code fractionDigits} digits, cut to the type's precision. */
    private static void setTimestamp(long secondMillis, int fraction, int fractionDigits, FieldType type, Row row, int index) {
        int nanos = fraction;
        for (int i = fractionDigits; i < 9; i++) {
            nanos *= 10;
        }
        nanos -= nanos % POWERS_OF_TEN[9 - Math.min(type.precision(), 9)];
        row.setTimestamp(index, secondMillis + nanos / NANOS_PER_MILLI, (int) (nanos % NANOS_PER_MILLI));
    }

    /** The number written by {@code count} digits at {@code start}, or -1 when one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** The number written by {@code count} ASCII digits at {@code start}, or -1 when one is not a digit. */
    private static int digits(byte[] bytes, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** Reads a TIMESTAMP (as a local date-time) or a TIMESTAMP_LTZ as the Java value rows box them to. */
    public Object parseTimestampBoxed(String text, FieldType type) {
        Instant instant = truncate(parseTimestamp(text, type), type.precision());
        return type.kind() == FieldKind.TIMESTAMP
                ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : instant;
    }

    private Instant parseTimestamp(String text, FieldType type) {
        boolean local = type.kind() == FieldKind.TIMESTAMP;
        DateTimeFormatter formatter = local ? (iso ? ISO_TIMESTAMP : SQL_TIMESTAMP) : (iso ? ISO_TIMESTAMP_LTZ : SQL_TIMESTAMP_LTZ);
        try {
            return LocalDateTime.parse(text.trim(), formatter).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new FormatException("cannot read '" + text + "' as " + type + ", expected "
                    + (iso ? "yyyy-MM-ddTHH:mm:ss[.fff]" : "yyyy-MM-dd HH:mm:ss[.fff]") + (local ? "" : "Z")
                    + (iso ? " (ISO-8601)" : " (SQL)"));
        }
    }

    /** Writes field {@code index} (TIMESTAMP or TIMESTAMP_LTZ) of {@code row} as text. */
    public String formatTimestamp(Row row, int index, FieldType type) {
        long millis = row.getTimestampMillis(index);
        int nanos = row.getTimestampNanosOfMilli(index);
        return formatTimestamp(millis, nanos, type.kind() == FieldKind.TIMESTAMP_LTZ);
    }

    /** Writes a boxed timestamp ({@link LocalDateTime} or {@link Instant}) as text. */
    public String formatTimestampBoxed(Object value) {
        if (value instanceof Instant instant) {
            return format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), true);
        }
        return format((LocalDateTime) value, false);
    }

    private String formatTimestamp(long millis, int nanosOfMilli, boolean instant) {
        long seconds = Math.floorDiv(millis, 1000);
        int nanos = (int) (Math.floorMod(millis, 1000) * NANOS_PER_MILLI) + nanosOfMilli;
        String text = timestampText.format(seconds, nanos, instant);
        return text != null ? text : format(LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC), instant);
    }

    private String format(LocalDateTime dateTime, boolean instant) {
        return (instant ? (iso ? ISO_TIMESTAMP_LTZ : SQL_TIMESTAMP_LTZ) : (iso ? ISO_TIMESTAMP : SQL_TIMESTAMP)).format(dateTime);
    }

    /** Sets a timestamp field from an instant, keeping the digits the precision allows. */
    public static void setInstant(Row row, int index, Instant instant, int precision) {
        Instant kept = truncate(instant, precision);
        long millis = Math.multiplyExact(kept.getEpochSecond(), 1000L) + kept.getNano() / NANOS_PER_MILLI;
        row.setTimestamp(index, millis, (int) (kept.getNano() % NANOS_PER_MILLI));
    }

    private static Instant truncate(Instant instant, int precision) {
        if (precision >= 9) {
            return instant;
        }
        long unit = 1;
        for (int i = precision; i < 9; i++) {
            unit *= 10;
        }
        return instant.minusNanos(instant.getNano() % unit);
    }
}

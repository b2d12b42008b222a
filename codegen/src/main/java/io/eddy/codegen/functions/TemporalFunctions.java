package io.eddy.codegen.functions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAccessor;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Flink's date and time functions over the row encodings: TIMESTAMP and TIMESTAMP_LTZ as epoch
 * milliseconds, DATE as days, TIME as milliseconds of the day. The session time zone is UTC.
 * Functions returning {@code long} report null as {@link Long#MIN_VALUE}, those returning
 * {@code int} as {@link Integer#MIN_VALUE}.
 */
public final class TemporalFunctions {

  /** The value that stands for null in a {@code long} result. */
  public static final long NULL_LONG = Long.MIN_VALUE;
  /** The value that stands for null in an {@code int} result. */
  public static final int NULL_INT = Integer.MIN_VALUE;

  static final long MILLIS_PER_DAY = 86_400_000L;
  private static final ConcurrentMap<String, DateTimeFormatter> FORMATTERS =
      new ConcurrentHashMap<>();
  private static final String DEFAULT_TIMESTAMP_FORMAT = "yyyy-MM-dd HH:mm:ss";

  private TemporalFunctions() {
  }

  static DateTimeFormatter formatter(String pattern) {
    return FORMATTERS.computeIfAbsent(pattern, text -> {
      try {
        return new DateTimeFormatterBuilder().appendPattern(text)
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0).toFormatter();
      } catch (IllegalArgumentException e) {
        throw new EvaluationException("Invalid date-time format '" + text + "': "
            + e.getMessage());
      }
    });
  }

  public static long currentTimestamp() {
    return System.currentTimeMillis();
  }

  public static int currentDate() {
    return (int) Math.floorDiv(System.currentTimeMillis(), MILLIS_PER_DAY);
  }

  public static int currentTime() {
    return (int) Math.floorMod(System.currentTimeMillis(), MILLIS_PER_DAY);
  }

  public static LocalDateTime toLocalDateTime(long millis) {
    return LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), 
        (int) Math.floorMod(millis, 1000) * 1_000_000, ZoneOffset.UTC);
  }

  public static long toMillis(LocalDateTime dateTime) {
    return dateTime.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /** DATE_FORMAT(timestamp, format) with Java's date-time pattern letters. */
  public static String dateFormat(long millis, String format) {
    return DateFormat.of(format).format(millis);
  }

  /** DATE_FORMAT(string, format): the string read as a timestamp first. */
  public static String dateFormat(String timestamp, String format) {
    long millis = toTimestamp(timestamp);
    return millis == NULL_LONG ? null : dateFormat(millis, format);
  }

  /** TO_TIMESTAMP(string): 'yyyy-MM-dd HH:mm:ss[.fff]', null when it does not parse. */
  public static long toTimestamp(String value) {
    try {
      return CastFunctions.parseTimestamp(value);
    } catch (EvaluationException e) {
      return NULL_LONG;
    }
  }

  /** TO_TIMESTAMP(string, format), null when it does not parse. */
  public static long toTimestamp(String value, String format) {
    try {
      TemporalAccessor parsed = formatter(format).parse(value);
      LocalDate date = parsed.isSupported(ChronoField.EPOCH_DAY) ? LocalDate.from(parsed)
          : LocalDate.of(1970, 1, 1);
      LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed)
          : LocalTime.MIDNIGHT;
      return toMillis(LocalDateTime.of(date, time));
    } catch (DateTimeParseException e) {
      return NULL_LONG;
    }
  }

  /** TO_TIMESTAMP_LTZ(epoch, precision): precision 0 reads seconds, 3 milliseconds. */
  public static long toTimestampLtz(long epoch, long precision) {
    if (precision == 0) {
      return epoch * 1000;
    }
    if (precision == 3) {
      return epoch;
    }
    throw new EvaluationException("TO_TIMESTAMP_LTZ supports precision 0 or 3, got "
        + precision);
  }

  public static long toTimestampLtz(double epoch, long precision) {
    return toTimestampLtz((long) (precision == 0 ? epoch * 1000 : epoch), 3);
  }

  /** TO_DATE(string [, format]), null when it does not parse. */
  public static int toDate(String value) {
    try {
      return CastFunctions.parseDate(value);
    } catch (EvaluationException e) {
      return NULL_INT;
    }
  }

  public static int toDate(String value, String format) {
    long millis = toTimestamp(value, format);
    return millis == NULL_LONG ? NULL_INT : (int) Math.floorDiv(millis, MILLIS_PER_DAY);
  }

  /** UNIX_TIMESTAMP(): seconds since the epoch now. */
  public static long unixTimestamp() {
    return Math.floorDiv(System.currentTimeMillis(), 1000);
  }

  /** UNIX_TIMESTAMP(string [, format]); Flink gives Long.MIN_VALUE for text that does not parse. */
  public static long unixTimestamp(String value, String format) {
    long millis = toTimestamp(value, format);
    return millis == NULL_LONG ? Long.MIN_VALUE : Math.floorDiv(millis, 1000);
  }

  public static long unixTimestamp(String value) {
    return unixTimestamp(value, DEFAULT_TIMESTAMP_FORMAT);
  }

  /** FROM_UNIXTIME(seconds [, format]). */
  public static String fromUnixtime(long seconds, String format) {
    return dateFormat(seconds * 1000, format);
  }

  public static String fromUnixtime(long seconds) {
    return fromUnixtime(seconds, DEFAULT_TIMESTAMP_FORMAT);
  }

  /** EXTRACT(unit FROM timestamp) for Calcite's time unit names. */
  public static long extract(String unit, long millis) {
    LocalDateTime time = toLocalDateTime(millis);
    return switch (unit) {
      case "MILLENNIUM" -> (time.getYear() + 999) / 1000;
      case "CENTURY" -> (time.getYear() + 99) / 100;
      case "DECADE" -> time.getYear() / 10;
      case "YEAR" -> time.getYear();
      case "QUARTER" -> (time.getMonthValue() + 2) / 3;
      case "MONTH" -> time.getMonthValue();
      case "WEEK" -> time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      case "DOY" -> time.getDayOfYear();
      case "DOW" -> time.getDayOfWeek().getValue() % 7 + 1;
      case "ISODOW" -> time.getDayOfWeek().getValue();
      case "DAY" -> time.getDayOfMonth();
      case "HOUR" -> time.getHour();
      case "MINUTE" -> time.getMinute();
      case "SECOND" -> time.getSecond();
      case "MILLISECOND" -> time.getSecond() * 1000L + time.getNano() / 1_000_000;
      case "MICROSECOND" -> time.getSecond() * 1_000_000L + time.getNano() / 1000;
      case "NANOSECOND" -> time.getSecond() * 1_000_000_000L + time.getNano();
      case "EPOCH" -> Math.floorDiv(millis, 1000);
      default -> throw new EvaluationException("EXTRACT of " + unit + " is not supported");
    };
  }

  /** FLOOR(timestamp TO unit). */
  public static long floor(long millis, String unit) {
    LocalDateTime time = toLocalDateTime(millis);
    LocalDateTime floored = switch (unit) {
      case "YEAR" -> time.toLocalDate().withDayOfYear(1).atStartOfDay();
      case "QUARTER" -> time.toLocalDate().withDayOfMonth(1)
          .withMonth((time.getMonthValue() - 1) / 3 * 3 + 1).atStartOfDay();
      case "MONTH" -> time.toLocalDate().withDayOfMonth(1).atStartOfDay();
      case "WEEK" -> time.toLocalDate().minusDays(time.getDayOfWeek().getValue() % 7)
          .atStartOfDay();
      case "DAY" -> time.truncatedTo(ChronoUnit.DAYS);
      case "HOUR" -> time.truncatedTo(ChronoUnit.HOURS);
      case "MINUTE" -> time.truncatedTo(ChronoUnit.MINUTES);
      case "SECOND" -> time.truncatedTo(ChronoUnit.SECONDS);
      case "MILLISECOND" -> time;
      default -> throw new EvaluationException("FLOOR to " + unit + " is not supported");
    };
    return toMillis(floored);
  }

  /** CEIL(timestamp TO unit). */
  public static long ceil(long millis, String unit) {
    long floored = floor(millis, unit);
    if (floored == millis) {
      return millis;
    }
    LocalDateTime time = toLocalDateTime(floored);
    LocalDateTime next = switch (unit) {
      case "YEAR" -> time.plusYears(1);
      case "QUARTER" -> time.plusMonths(3);
      case "MONTH" -> time.plusMonths(1);
      case "WEEK" -> time.plusWeeks(1);
      case "DAY" -> time.plusDays(1);
      case "HOUR" -> time.plusHours(1);
      case "MINUTE" -> time.plusMinutes(1);
      default -> time.plusSeconds(1);
    };
    return toMillis(next);
  }

  /** A timestamp plus a number of months (year-month intervals). */
  public static long addMonths(long millis, long months) {
    return toMillis(toLocalDateTime(millis).plusMonths(months));
  }

  /** A date plus a number of months. */
  public static int addMonths(int days, long months) {
    return (int) LocalDate.ofEpochDay(days).plusMonths(months).toEpochDay();
  }

  /** Whole months from {@code start} to {@code end} (both timestamps), as TIMESTAMPDIFF counts. */
  public static int monthsBetween(long end, long start) {
    return (int) ChronoUnit.MONTHS.between(toLocalDateTime(start), toLocalDateTime(end));
  }

  /** The instant of an epoch millisecond value, for printing. */
  public static Instant instant(long millis) {
    return Instant.ofEpochMilli(millis);
  }
}

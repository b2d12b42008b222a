package io.eddy.codegen.functions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * CAST between SQL types over the row encodings. A value that cannot be cast fails with a one-line
 * message naming the value and the target type; TRY_CAST turns that failure into null.
 */
public final class CastFunctions {

  private CastFunctions() {
  }

  private static EvaluationException cannotCast(String value, String targetType) {
    return new EvaluationException("Cannot cast '" + value + "' to " + targetType);
  }

  public static long toLong(String value, String targetType, long min, long max) {
    String text = value.strip();
    long result;
    try {
      result = Long.parseLong(text);
    } catch (NumberFormatException e) {
      try {
        result = new BigDecimal(text).setScale(0, RoundingMode.DOWN).longValueExact();
      } catch (NumberFormatException | ArithmeticException e2) {
        throw cannotCast(value, targetType);
      }
    }
    if (result < min || result > max) {
      throw cannotCast(value, targetType);
    }
    return result;
  }

  public static double toDouble(String value, String targetType) {
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw cannotCast(value, targetType);
    }
  }

  /** A string as DECIMAL(precision, scale); null when the number does not fit, as in Flink. */
  public static BigDecimal toDecimal(String value, int precision, int scale) {
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw cannotCast(value, "DECIMAL(" + precision + ", " + scale + ")");
    }
    return MathFunctions.toPrecision(decimal, precision, scale);
  }

  public static BigDecimal toDecimal(double value, int precision, int scale) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return null;
    }
    return MathFunctions.toPrecision(BigDecimal.valueOf(value), precision, scale);
  }

  public static BigDecimal toDecimal(long value, int precision, int scale) {
    return MathFunctions.toPrecision(BigDecimal.valueOf(value), precision, scale);
  }

  public static BigDecimal toDecimal(BigDecimal value, int precision, int scale) {
    return MathFunctions.toPrecision(value, precision, scale);
  }

  /** 'true'/'false' in any case (also 't', 'yes', '1' ... as Flink accepts). */
  public static boolean toBoolean(String value) {
    switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "t", "yes", "y", "1":
        return true;
      case "false", "f", "no", "n", "0":
        return false;
      default:
        throw cannotCast(value, "BOOLEAN");
    }
  }

  public static int parseDate(String value) {
    try {
      return (int) LocalDate.parse(value.strip()).toEpochDay();
    } catch (DateTimeParseException e) {
      throw cannotCast(value, "DATE");
    }
  }

  public static int parseTime(String value) {
    try {
      return (int) (LocalTime.parse(value.strip()).toNanoOfDay() / 1_000_000);
    } catch (DateTimeParseException e) {
      throw cannotCast(value, "TIME");
    }
  }

  /** 'yyyy-MM-dd[ HH:mm[:ss[.fff]]]' (or with 'T') as epoch milliseconds. */
  public static long parseTimestamp(String value) {
    String text = value.strip();
    try {
      if (text.length() <= 10) {
        return LocalDate.parse(text).toEpochDay() * TemporalFunctions.MILLIS_PER_DAY;
      }
      return TemporalFunctions.toMillis(LocalDateTime.parse(text.replace(' ', 'T')));
    } catch (DateTimeParseException e) {
      throw cannotCast(value, "TIMESTAMP");
    }
  }

  /** CAST to CHAR(length): padded with spaces or truncated to exactly {@code length}. */
  public static String toChar(String value, int length) {
    if (value.length() >= length) {
      return value.substring(0, length);
    }
    return value + " ".repeat(length - value.length());
  }

  /** CAST to VARCHAR(length): truncated to at most {@code length} characters. */
  public static String toVarchar(String value, int length) {
    return value.length() <= length ? value : value.substring(0, length);
  }

  public static String fromBoolean(boolean value) {
    return value ? "TRUE" : "FALSE";
  }

  public static String fromFloat(float value) {
    return Float.toString(value);
  }

  public static String fromDouble(double value) {
    return Double.toString(value);
  }

  public static String fromDecimal(BigDecimal value) {
    return value.toPlainString();
  }

  public static String fromDate(int days) {
    return LocalDate.ofEpochDay(days).toString();
  }

  public static String fromTime(int millis) {
    return LocalTime.ofNanoOfDay(millis * 1_000_000L).toString();
  }

  /** A timestamp printed as Flink does: 'yyyy-MM-dd HH:mm:ss' plus the type's fraction digits. */
  public static String fromTimestamp(long millis, int precision) {
    LocalDateTime time = TemporalFunctions.toLocalDateTime(millis);
    StringBuilder text = new StringBuilder(TemporalFunctions.dateFormat(millis,
        "yyyy-MM-dd HH:mm:ss"));
    if (precision > 0) {
      String fraction = String.format("%09d", time.getNano());
      text.append('.').append(fraction, 0, Math.min(precision, 9));
    }
    return text.toString();
  }

}

package io.eddy.codegen.functions;

import java.time.format.DateTimeFormatter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * DATE_FORMAT with one pattern, remembering its last result. A pattern whose letters stop at the day,
 * hour, minute or second gives the same text for every timestamp of that day, hour, minute or second,
 * so consecutive rows of one period (the usual case: rows arrive roughly in time order) reuse the text,
 * and with it the string's cached hash when the text is a grouping key. Patterns with fractions of a
 * second or with letters not listed here are formatted every time.
 *
 * <p>Generated code holds the format of a constant pattern; {@link TemporalFunctions#dateFormat(long,
 * String)} looks one up per call. Shared by every thread that formats with the pattern: the remembered
 * result is one immutable object behind a plain field, so a thread sees either a whole earlier result
 * or none.
 */
public final class DateFormat {

  private static final ConcurrentMap<String, DateFormat> FORMATS = new ConcurrentHashMap<>();
  private static final String DAY_LETTERS = "GuyYMLdDQqEecwW";
  private static final String HOUR_LETTERS = DAY_LETTERS + "aHhKk";
  private static final String MINUTE_LETTERS = HOUR_LETTERS + "m";
  private static final String SECOND_LETTERS = MINUTE_LETTERS + "s";

  private final DateTimeFormatter formatter;
  private final long periodMillis;
  private Formatted last;

  /** The text of one period: the first millisecond of the period, and the text of all of it. */
  private record Formatted(long periodStart, String text) {
  }

  private DateFormat(String pattern) {
    this.formatter = TemporalFunctions.formatter(pattern);
    this.periodMillis = periodOf(pattern);
  }

  /** The format of a pattern of Java's date-time letters; throws {@link EvaluationException} for a bad pattern. */
  public static DateFormat of(String pattern) {
    DateFormat format = FORMATS.get(pattern);
    return format != null ? format : FORMATS.computeIfAbsent(pattern, DateFormat::new);
  }

  /** The pattern's text for a TIMESTAMP given as epoch milliseconds of its local date and time. */
  public String format(long millis) {
    if (periodMillis == 0) {
      return formatter.format(TemporalFunctions.toLocalDateTime(millis));
    }
    long periodStart = millis - Math.floorMod(millis, periodMillis);
    Formatted remembered = last;
    if (remembered != null && remembered.periodStart() == periodStart) {
      return remembered.text();
    }
    String text = formatter.format(TemporalFunctions.toLocalDateTime(millis));
    last = new Formatted(periodStart, text);
    return text;
  }

  /**
   * The longest period over which the pattern's text cannot change: a day, an hour, a minute or a
   * second (a timestamp has no time zone, so every day is 24 hours), or 0 when the pattern has a
   * finer or an unknown letter.
   */
  static long periodOf(String pattern) {
    String letters = patternLetters(pattern);
    if (containsOnly(letters, DAY_LETTERS)) {
      return TemporalFunctions.MILLIS_PER_DAY;
    }
    if (containsOnly(letters, HOUR_LETTERS)) {
      return 3_600_000L;
    }
    if (containsOnly(letters, MINUTE_LETTERS)) {
      return 60_000L;
    }
    return containsOnly(letters, SECOND_LETTERS) ? 1_000L : 0L;
  }

  /** The pattern's letters outside quoted text. */
  private static String patternLetters(String pattern) {
    StringBuilder letters = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        letters.append(c);
      }
    }
    return letters.toString();
  }

  private static boolean containsOnly(String letters, String allowed) {
    for (int i = 0; i < letters.length(); i++) {
      if (allowed.indexOf(letters.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}

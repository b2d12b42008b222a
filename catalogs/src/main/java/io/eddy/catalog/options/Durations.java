package io.eddy.catalog.options;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Reads and prints durations as Flink's configuration does: a number and a unit ({@code 10 s},
 * {@code 1min}, {@code 500 ms}, {@code 2 h}, {@code 1 d}); a bare number is milliseconds.
 */
public final class Durations {

  private static final Map<String, ChronoUnit> UNITS = Map.ofEntries(
      Map.entry("ns", ChronoUnit.NANOS), Map.entry("nano", ChronoUnit.NANOS),
      Map.entry("nanos", ChronoUnit.NANOS), Map.entry("nanosecond", ChronoUnit.NANOS),
      Map.entry("nanoseconds", ChronoUnit.NANOS),
      Map.entry("us", ChronoUnit.MICROS), Map.entry("micro", ChronoUnit.MICROS),
      Map.entry("micros", ChronoUnit.MICROS), Map.entry("microsecond", ChronoUnit.MICROS),
      Map.entry("microseconds", ChronoUnit.MICROS),
      Map.entry("ms", ChronoUnit.MILLIS), Map.entry("milli", ChronoUnit.MILLIS),
      Map.entry("millis", ChronoUnit.MILLIS), Map.entry("millisecond", ChronoUnit.MILLIS),
      Map.entry("milliseconds", ChronoUnit.MILLIS),
      Map.entry("s", ChronoUnit.SECONDS), Map.entry("sec", ChronoUnit.SECONDS),
      Map.entry("secs", ChronoUnit.SECONDS), Map.entry("second", ChronoUnit.SECONDS),
      Map.entry("seconds", ChronoUnit.SECONDS),
      Map.entry("m", ChronoUnit.MINUTES), Map.entry("min", ChronoUnit.MINUTES),
      Map.entry("mins", ChronoUnit.MINUTES), Map.entry("minute", ChronoUnit.MINUTES),
      Map.entry("minutes", ChronoUnit.MINUTES),
      Map.entry("h", ChronoUnit.HOURS), Map.entry("hour", ChronoUnit.HOURS),
      Map.entry("hours", ChronoUnit.HOURS),
      Map.entry("d", ChronoUnit.DAYS), Map.entry("day", ChronoUnit.DAYS),
      Map.entry("days", ChronoUnit.DAYS));

  private static final List<Map.Entry<ChronoUnit, String>> PRINTED = List.of(
      Map.entry(ChronoUnit.DAYS, "d"), Map.entry(ChronoUnit.HOURS, "h"),
      Map.entry(ChronoUnit.MINUTES, "min"), Map.entry(ChronoUnit.SECONDS, "s"),
      Map.entry(ChronoUnit.MILLIS, "ms"), Map.entry(ChronoUnit.MICROS, "us"));

  private Durations() {}

  /** Parses {@code text}; throws {@link IllegalArgumentException} if it is not a duration. */
  public static Duration parse(String text) {
    String trimmed = text.trim();
    int end = 0;
    while (end < trimmed.length() && Character.isDigit(trimmed.charAt(end))) {
      end++;
    }
    if (end == 0) {
      throw new IllegalArgumentException(text);
    }
    long amount = Long.parseLong(trimmed.substring(0, end));
    String unit = OptionTypes.lower(trimmed.substring(end).trim());
    if (unit.isEmpty()) {
      return Duration.ofMillis(amount);
    }
    ChronoUnit chronoUnit = UNITS.get(unit);
    if (chronoUnit == null) {
      throw new IllegalArgumentException(text);
    }
    return Duration.of(amount, chronoUnit);
  }

  /** Prints {@code duration} in its largest exact unit: {@code 30 min}, {@code 500 ms}. */
  public static String format(Duration duration) {
    long nanos = duration.toNanos();
    if (nanos == 0) {
      return "0 ms";
    }
    for (Map.Entry<ChronoUnit, String> unit : PRINTED) {
      long unitNanos = unit.getKey().getDuration().toNanos();
      if (nanos % unitNanos == 0) {
        return nanos / unitNanos + " " + unit.getValue();
      }
    }
    return nanos + " ns";
  }
}

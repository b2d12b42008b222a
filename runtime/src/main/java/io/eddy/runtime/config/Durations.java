package io.eddy.runtime.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations in Flink's syntax: a number and an optional unit, {@code '10 s'}, {@code '100 ms'},
 * {@code '1 min'}, {@code '2h'}; a number alone is milliseconds. Units: ns, us/µs, ms, s, min/m, h, d
 * and their long forms (milli, millis, milliseconds, second(s), minute(s), hour(s), day(s) ...).
 */
public final class Durations {

    private static final Pattern FORMAT = Pattern.compile("(-?\\d+)\\s*([a-zA-Zµ]*)");

    private Durations() {
    }

    public static Duration parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a duration such as '10 s', '100 ms' or '1 min'");
        }
        long amount = Long.parseLong(matcher.group(1));
        if (amount < 0) {
            throw new IllegalArgumentException("a duration must not be negative");
        }
        return Duration.of(amount, unit(matcher.group(2).toLowerCase(Locale.ROOT)));
    }

    private static ChronoUnit unit(String unit) {
        return switch (unit) {
            case "ns", "nano", "nanos", "nanosecond", "nanoseconds" -> ChronoUnit.NANOS;
            case "us", "µs", "micro", "micros", "microsecond", "microseconds" -> ChronoUnit.MICROS;
            case "", "ms", "milli", "millis", "millisecond", "milliseconds" -> ChronoUnit.MILLIS;
            case "s", "sec", "secs", "second", "seconds" -> ChronoUnit.SECONDS;
            case "m", "min", "mins", "minute", "minutes" -> ChronoUnit.MINUTES;
            case "h", "hour", "hours" -> ChronoUnit.HOURS;
            case "d", "day", "days" -> ChronoUnit.DAYS;
            default -> throw new IllegalArgumentException("unknown time unit '" + unit + "', use ns, us, ms, s, min, h or d");
        };
    }

    /** The shortest exact text form, such as {@code 100 ms} or {@code 1 min}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis == 0 && !duration.isZero()) {
            return duration.toNanos() + " ns";
        } else if (millis % 86_400_000 == 0 && millis != 0) {
            return millis / 86_400_000 + " d";
        } else if (millis % 3_600_000 == 0 && millis != 0) {
            return millis / 3_600_000 + " h";
        } else if (millis % 60_000 == 0 && millis != 0) {
            return millis / 60_000 + " min";
        } else if (millis % 1000 == 0 && millis != 0) {
            return millis / 1000 + " s";
        }
        return millis + " ms";
    }
}

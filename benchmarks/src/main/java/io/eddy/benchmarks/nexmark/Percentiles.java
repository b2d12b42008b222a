package io.eddy.benchmarks.nexmark;

import java.util.Arrays;
import java.util.Locale;

/**
 * A summary of a set of durations in milliseconds: how many, p50, p99 and max. {@link #NONE}
 * stands for "not measured".
 *
 * @param count how many durations
 * @param p50 the median
 * @param p99 the 99th percentile (nearest rank)
 * @param max the largest
 */
public record Percentiles(long count, double p50, double p99, double max) {

    /** Nothing measured. */
    public static final Percentiles NONE = new Percentiles(0, 0, 0, 0);

    public Percentiles {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
    }

    /** The summary of {@code millis} (which it sorts); {@link #NONE} when empty. */
    public static Percentiles of(double[] millis) {
        if (millis.length == 0) {
            return NONE;
        }
        Arrays.sort(millis);
        return new Percentiles(millis.length, rank(millis, 0.50), rank(millis, 0.99), millis[millis.length - 1]);
    }

    private static double rank(double[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Whether anything was measured. */
    public boolean measured() {
        return count > 0;
    }

    /** {@code count/p50/p99/max}, or {@code -} when nothing was measured. */
    public String toText() {
        return measured() ? String.format(Locale.ROOT, "%d/%.3f/%.3f/%.3f", count, p50, p99, max) : "-";
    }

    /** Reads {@link #toText()}. */
    public static Percentiles parse(String text) {
        if (text.equals("-")) {
            return NONE;
        }
        String[] parts = text.split("/");
        if (parts.length != 4) {
            throw new IllegalArgumentException("Bad percentiles '" + text + "'");
        }
        return new Percentiles(Long.parseLong(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                Double.parseDouble(parts[3]));
    }

    @Override
    public String toString() {
        return toText();
    }
}

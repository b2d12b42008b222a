package io.eddy.shell;

import java.util.Locale;
import java.util.Optional;

/**
 * How the shell shows a query's rows, Flink's {@code sql-client.execution.result-mode}: a live
 * materialized {@link #TABLE}, a full-screen {@link #CHANGELOG} of every change, or a
 * {@link #TABLEAU} printed into the scrolling output.
 */
public enum ResultMode {
    TABLE,
    CHANGELOG,
    TABLEAU;

    /** The option key, as Flink names it. */
    public static final String KEY = "sql-client.execution.result-mode";

    /** The mode named {@code value} (case-insensitive, blanks ignored), if it names one. */
    public static Optional<ResultMode> parse(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (ResultMode mode : values()) {
            if (mode.name().equals(name)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    /** The one-line error for a value that names no mode. */
    public static String invalidValueMessage(String value) {
        return "Invalid value '" + value + "' for '" + KEY + "': expected 'table', 'changelog' or 'tableau'";
    }

    /** The mode's name as users write it: {@code table}, {@code changelog}, {@code tableau}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.eddy.runtime.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses memory sizes in Flink's syntax: a number and an optional unit, {@code '64 mb'}, {@code '1g'},
 * {@code '512kb'}; a number alone is bytes. Units are powers of 1024: b, k/kb/kibibytes, m/mb/mebibytes,
 * g/gb/gibibytes, t/tb/tebibytes.
 */
public final class MemorySizes {

    private static final Pattern FORMAT = Pattern.compile("(\\d+)\\s*([a-zA-Z]*)");

    private MemorySizes() {
    }

    /** The size in bytes. */
    public static long parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a memory size such as '64 mb' or '1 gb'");
        }
        long amount = Long.parseLong(matcher.group(1));
        long unit = unit(matcher.group(2).toLowerCase(Locale.ROOT));
        if (amount > Long.MAX_VALUE / unit) {
            throw new IllegalArgumentException("memory size too large");
        }
        return amount * unit;
    }

    private static long unit(String unit) {
        return switch (unit) {
            case "", "b", "bytes" -> 1L;
            case "k", "kb", "kibibytes" -> 1L << 10;
            case "m", "mb", "mebibytes" -> 1L << 20;
            case "g", "gb", "gibibytes" -> 1L << 30;
            case "t", "tb", "tebibytes" -> 1L << 40;
            default -> throw new IllegalArgumentException("unknown memory unit '" + unit + "'; use b, kb, mb, gb or tb");
        };
    }
}

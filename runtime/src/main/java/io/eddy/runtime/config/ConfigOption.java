package io.eddy.runtime.config;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * A declared configuration option: key, type (through its parser), default and description.
 *
 * @param key the key, Flink's wherever Flink has one
 * @param defaultValue used when the key is not set
 * @param parser turns the text form into a value, throwing {@link IllegalArgumentException} with a reason
 * @param description one sentence for option tables
 * @param defaultText how option tables show the default
 * @param <T> the value type
 */
public record ConfigOption<T>(String key, T defaultValue, Function<String, T> parser, String description, String defaultText) {

    public ConfigOption {
        requireNonNull(key, "key is null");
        requireNonNull(defaultValue, "defaultValue is null");
        requireNonNull(parser, "parser is null");
        requireNonNull(description, "description is null");
        requireNonNull(defaultText, "defaultText is null");
    }

    /** An option whose table shows the default value itself ({@code 100 ms} for durations). */
    public ConfigOption(String key, T defaultValue, Function<String, T> parser, String description) {
        this(key, defaultValue, parser, description,
                defaultValue instanceof java.time.Duration duration ? Durations.format(duration) : String.valueOf(defaultValue));
    }

    /** Parses a text value, failing with a one-line message naming the key. */
    public T parse(String text) {
        try {
            return parser.apply(text.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invalid value '" + text + "' for option '" + key + "': " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return key + " (default " + defaultValue + ")";
    }
}

package io.eddy.runtime.config;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.TreeMap;

/**
 * Runtime configuration: text values by key, read through declared {@link ConfigOption}s so each
 * value is parsed and checked where it is read. Not thread-safe for writes; the runtime takes an
 * immutable {@link #copy()} when a job is submitted.
 */
public final class Configuration {

    private final Map<String, String> values = new TreeMap<>();

    public Configuration() {
    }

    /** A configuration holding the given key/value pairs. */
    public static Configuration fromMap(Map<String, String> values) {
        Configuration configuration = new Configuration();
        values.forEach(configuration::setString);
        return configuration;
    }

    public Configuration setString(String key, String value) {
        values.put(requireNonNull(key, "key is null"), requireNonNull(value, "value is null"));
        return this;
    }

    /** Sets a typed value; it is validated by parsing its text form. */
    public <T> Configuration set(ConfigOption<T> option, String value) {
        option.parse(value);
        return setString(option.key(), value);
    }

    public <T> T get(ConfigOption<T> option) {
        String text = values.get(option.key());
        return text == null ? option.defaultValue() : option.parse(text);
    }

    public boolean contains(ConfigOption<?> option) {
        return values.containsKey(option.key());
    }

    /** The raw text values, read-only. */
    public Map<String, String> toMap() {
        return Map.copyOf(values);
    }

    public Configuration copy() {
        return fromMap(values);
    }

    @Override
    public String toString() {
        return "Configuration" + values;
    }
}

package io.eddy.engine.config;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.SecretOptions;
import io.eddy.catalog.options.OptionValues;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A session's configuration: the keys set with {@code SET 'key' = 'value'} over the defaults the
 * engine was started with. Values of keys Eddy knows ({@link SessionOptions}) are checked when
 * set; other keys are kept as given. Not thread-safe: one session runs one statement at a time.
 */
public final class SessionConfiguration {

    private final Map<String, String> defaults;
    private final Map<String, String> values = new TreeMap<>();
    private final Map<String, String> view = Collections.unmodifiableMap(values);

    /** A configuration starting from {@code defaults} (checked like {@code SET}). */
    public SessionConfiguration(Map<String, String> defaults) {
        requireNonNull(defaults, "defaults is null").forEach(SessionConfiguration::check);
        this.defaults = Map.copyOf(defaults);
        values.putAll(defaults);
    }

    /**
     * Sets a key; throws {@link io.eddy.catalog.options.OptionValidationException} when Eddy knows
     * the key and the value does not fit its type (the message never shows a secret).
     */
    public void set(String key, String value) {
        check(key, value);
        values.put(key, value);
    }

    /** Restores {@code key} to its default (removing it when it has none). */
    public void reset(String key) {
        String original = defaults.get(key);
        if (original == null) {
            values.remove(key);
        } else {
            values.put(key, original);
        }
    }

    /** Restores every key to its default. */
    public void resetAll() {
        values.clear();
        values.putAll(defaults);
    }

    /** The current values, sorted by key; a live read-only view the planner can keep. */
    public Map<String, String> asMap() {
        return view;
    }

    /** The current values, sorted by key, secret values masked. */
    public Map<String, String> masked() {
        return new TreeMap<>(SecretOptions.maskAll(values));
    }

    private static void check(String key, String value) {
        requireNonNull(key, "key is null");
        requireNonNull(value, "value is null");
        SessionOptions.find(key).ifPresent(option -> OptionValues.parse(option, key, value));
    }

    @Override
    public String toString() {
        return "SessionConfiguration" + masked();
    }
}

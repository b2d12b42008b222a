package io.eddy.catalog.options;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.SecretOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to a map of raw option values: an option is read from its key, then its fallback
 * keys, then its deprecated keys, else its default. Bad values raise
 * {@link OptionValidationException} naming the key and the expected form; secret values are
 * never quoted.
 */
public final class OptionValues {

  private final Map<String, String> raw;

  public OptionValues(Map<String, String> raw) {
    this.raw = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(raw, "raw is null")));
  }

  /** The raw options in their original order. */
  public Map<String, String> asMap() {
    return raw;
  }

  /** Whether a value is set for the option under any of its keys. */
  public boolean contains(ConfigOption<?> option) {
    return keyUsed(option).isPresent();
  }

  /** The key under which the option is set, if any. */
  public Optional<String> keyUsed(ConfigOption<?> option) {
    if (raw.containsKey(option.key())) {
      return Optional.of(option.key());
    }
    for (String key : option.fallbackKeys()) {
      if (raw.containsKey(key)) {
        return Optional.of(key);
      }
    }
    return option.deprecatedKeys().stream().filter(raw::containsKey).findFirst();
  }

  /** The set value, parsed, if any. */
  public <T> Optional<T> getOptional(ConfigOption<T> option) {
    return keyUsed(option).map(key -> parse(option, key, raw.get(key)));
  }

  /** The set value, or else the default, or else null. */
  public <T> T get(ConfigOption<T> option) {
    return getOptional(option).orElseGet(() -> option.defaultValue().orElse(null));
  }

  /** Parses {@code value} of {@code key} for {@code option}, raising a one-line error. */
  public static <T> T parse(ConfigOption<T> option, String key, String value) {
    try {
      return option.parse(value);
    } catch (IllegalArgumentException e) {
      String shown = SecretOptions.isSecret(key) ? "" : " '" + value + "'";
      throw new OptionValidationException(
          "Invalid value" + shown + " for option '" + key + "': expected " + e.getMessage());
    }
  }
}

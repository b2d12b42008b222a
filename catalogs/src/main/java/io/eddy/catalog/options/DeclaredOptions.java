package io.eddy.catalog.options;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options one owner (a connector, a format, a catalog type) accepts: required and optional
 * declared options (keys may be patterns) and free prefixes such as {@code properties.} whose
 * keys are passed through unchecked.
 */
public record DeclaredOptions(String owner, List<ConfigOption<?>> required,
    List<ConfigOption<?>> optional, List<String> prefixes) {

  public DeclaredOptions {
    requireNonNull(owner, "owner is null");
    required = List.copyOf(requireNonNull(required, "required is null"));
    optional = List.copyOf(requireNonNull(optional, "optional is null"));
    prefixes = List.copyOf(requireNonNull(prefixes, "prefixes is null"));
  }

  /** The declared option for {@code key} (exact keys before patterns), if any. */
  public Optional<ConfigOption<?>> find(String key) {
    List<ConfigOption<?>> all = all();
    return all.stream().filter(o -> !o.isPattern() && o.matches(key)).findFirst()
        .or(() -> all.stream().filter(o -> o.isPattern() && o.matches(key)).findFirst());
  }

  /** Whether {@code key} is declared or falls under a free prefix. */
  public boolean allows(String key) {
    return find(key).isPresent() || prefixes.stream().anyMatch(key::startsWith);
  }

  /** Required and optional options in declaration order. */
  public List<ConfigOption<?>> all() {
    List<ConfigOption<?>> all = new ArrayList<>(required);
    all.addAll(optional);
    return all;
  }

  /** The keys to list in messages: declared keys and prefixes shown as {@code prefix*}. */
  public List<String> supportedKeys() {
    List<String> keys = new ArrayList<>(all().stream().map(ConfigOption::key).toList());
    prefixes.forEach(prefix -> keys.add(prefix + "*"));
    return keys;
  }

  /** Raises the message for the first required option without a value. */
  public void checkRequired(OptionValues values) {
    for (ConfigOption<?> option : required) {
      if (!values.contains(option)) {
        throw OptionMessages.missing(option.key(), owner);
      }
    }
  }

  /** Parses the value of {@code key} with its declared option, raising a one-line error. */
  public void checkValue(String key, String value) {
    find(key).ifPresent(option -> OptionValues.parse(option, key, value));
  }
}

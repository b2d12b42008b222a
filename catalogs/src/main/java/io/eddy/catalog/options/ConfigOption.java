package io.eddy.catalog.options;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A declared option: key, type, default, description, fallback and deprecated keys and value
 * checks. Immutable; the {@code with...} methods return copies. Build one with
 * {@code ConfigOptions.key("rows-per-second").longType().defaultValue(10000L)}.
 *
 * <p>A key may be a pattern: {@code #} stands for one name chosen by the user (a column name in
 * {@code fields.#.kind}) and a trailing {@code *} for any suffix ({@code properties.*}).
 */
public final class ConfigOption<T> {

  /** A rule on parsed values with the phrase that completes "expected ...". */
  public record Check<T>(Predicate<T> rule, String expected) {
    public Check {
      requireNonNull(rule, "rule is null");
      requireNonNull(expected, "expected is null");
    }
  }

  private final String key;
  private final OptionType<T> type;
  private final T defaultValue;
  private final String description;
  private final List<String> fallbackKeys;
  private final List<String> deprecatedKeys;
  private final List<Check<T>> checks;
  private final Pattern pattern;

  ConfigOption(String key, OptionType<T> type, T defaultValue, String description,
      List<String> fallbackKeys, List<String> deprecatedKeys, List<Check<T>> checks) {
    this.key = requireNonNull(key, "key is null");
    this.type = requireNonNull(type, "type is null");
    this.defaultValue = defaultValue;
    this.description = requireNonNull(description, "description is null");
    this.fallbackKeys = List.copyOf(fallbackKeys);
    this.deprecatedKeys = List.copyOf(deprecatedKeys);
    this.checks = List.copyOf(checks);
    this.pattern = isPatternKey(key) ? toRegex(key) : null;
  }

  private static boolean isPatternKey(String key) {
    return key.contains("#") || key.endsWith("*");
  }

  private static Pattern toRegex(String key) {
    StringBuilder regex = new StringBuilder();
    for (char c : key.toCharArray()) {
      regex.append(switch (c) {
        case '#', '*' -> ".+";
        default -> Pattern.quote(String.valueOf(c));
      });
    }
    return Pattern.compile(regex.toString());
  }

  public String key() {
    return key;
  }

  public OptionType<T> type() {
    return type;
  }

  public Optional<T> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** The default printed as a user would write it, or empty. */
  public Optional<String> defaultText() {
    return defaultValue().map(type::format);
  }

  public String description() {
    return description;
  }

  public List<String> fallbackKeys() {
    return fallbackKeys;
  }

  public List<String> deprecatedKeys() {
    return deprecatedKeys;
  }

  /** Whether the key contains {@code #} or ends with {@code *}. */
  public boolean isPattern() {
    return pattern != null;
  }

  /** Whether {@code candidate} is this option's key, one of its fallback or deprecated keys, or matches its pattern. */
  public boolean matches(String candidate) {
    if (pattern != null) {
      return pattern.matcher(candidate).matches();
    }
    return key.equals(candidate) || fallbackKeys.contains(candidate)
        || deprecatedKeys.contains(candidate);
  }

  /**
   * Parses and checks {@code text}; throws {@link IllegalArgumentException} whose message
   * completes "expected ..." (never containing the value).
   */
  public T parse(String text) {
    T value;
    try {
      value = type.parse(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(type.expectedForm());
    }
    for (Check<T> check : checks) {
      if (!check.rule().test(value)) {
        throw new IllegalArgumentException(check.expected());
      }
    }
    return value;
  }

  public ConfigOption<T> withDescription(String text) {
    return new ConfigOption<>(key, type, defaultValue, text, fallbackKeys, deprecatedKeys, checks);
  }

  public ConfigOption<T> withFallbackKeys(String... keys) {
    return new ConfigOption<>(key, type, defaultValue, description, List.of(keys), deprecatedKeys,
        checks);
  }

  public ConfigOption<T> withDeprecatedKeys(String... keys) {
    return new ConfigOption<>(key, type, defaultValue, description, fallbackKeys, List.of(keys),
        checks);
  }

  /** A copy that also requires {@code rule}; {@code expected} completes "expected ...". */
  public ConfigOption<T> withCheck(Predicate<T> rule, String expected) {
    List<Check<T>> more = new ArrayList<>(checks);
    more.add(new Check<>(rule, expected));
    return new ConfigOption<>(key, type, defaultValue, description, fallbackKeys, deprecatedKeys,
        more);
  }

  /**
   * The option of one user-chosen name: {@code fields.#.kind} resolved for {@code id} is
   * {@code fields.id.kind}, so {@link OptionValues#get} reads it with its type and default.
   */
  public ConfigOption<T> resolve(String name) {
    if (!key.contains("#")) {
      throw new IllegalArgumentException("option '" + key + "' has no '#' to resolve");
    }
    return new ConfigOption<>(key.replace("#", name), type, defaultValue, description,
        fallbackKeys.stream().map(k -> k.replace("#", name)).toList(),
        deprecatedKeys.stream().map(k -> k.replace("#", name)).toList(), checks);
  }

  /** A copy whose key and fallback/deprecated keys start with {@code prefix}. */
  public ConfigOption<T> withPrefix(String prefix) {
    return new ConfigOption<>(prefix + key, type, defaultValue, description,
        fallbackKeys.stream().map(k -> prefix + k).toList(),
        deprecatedKeys.stream().map(k -> prefix + k).toList(), checks);
  }

  @Override
  public String toString() {
    return key + " (" + type.name() + defaultText().map(d -> ", default '" + d + "'").orElse("")
        + ")";
  }
}

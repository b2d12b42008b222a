package io.eddy.catalog.options;

import java.util.Collection;
import java.util.List;

/**
 * Every message the option validation shows a user, in one place. Each is one line; none
 * contains an option value except through {@link OptionValues#parse}, which masks secrets.
 */
public final class OptionMessages {

  /** How many supported options an "Unsupported option" message lists at most. */
  static final int LISTED_OPTIONS = 10;

  private OptionMessages() {}

  /**
   * "Unknown connector 'kafak'. Did you mean 'kafka'? Available connectors: a, b";
   * {@code where} is appended after the name (e.g. " in option 'key.format'") or empty.
   */
  public static OptionValidationException unknownName(String what, String name, String where,
      Collection<String> available) {
    return new OptionValidationException("Unknown " + what + " '" + name + "'" + where + "."
        + hint(name, available) + " Available " + plural(what) + ": " + sorted(available));
  }

  /** "Missing required option 'connector'. Available connectors: a, b". */
  public static OptionValidationException missingChoice(String key, String what,
      Collection<String> available) {
    return new OptionValidationException("Missing required option '" + key + "'. Available "
        + plural(what) + ": " + sorted(available));
  }

  /** "Missing required option 'path' for connector 'filesystem'". */
  public static OptionValidationException missing(String key, String owner) {
    return new OptionValidationException(
        "Missing required option '" + key + "' for " + owner);
  }

  /** "Unsupported option 'x' for connector 'kafka'. Did you mean 'y'? Supported options: ...". */
  public static OptionValidationException unsupported(String key, String owner,
      Collection<String> supported) {
    List<String> keys = supported.stream().sorted().distinct().toList();
    String listed = keys.isEmpty() ? "none"
        : String.join(", ", keys.subList(0, Math.min(LISTED_OPTIONS, keys.size())))
            + (keys.size() > LISTED_OPTIONS ? ", ... (" + (keys.size() - LISTED_OPTIONS)
                + " more)" : "");
    return new OptionValidationException("Unsupported option '" + key + "' for " + owner + "."
        + hint(key, keys) + " Supported options: " + listed);
  }

  private static String hint(String name, Collection<String> candidates) {
    return Suggestions.closest(name, candidates).map(c -> " Did you mean '" + c + "'?").orElse("");
  }

  private static String plural(String what) {
    String last = what.substring(what.lastIndexOf(' ') + 1);
    return what.substring(0, what.length() - last.length()) + last + "s";
  }

  private static String sorted(Collection<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names.stream().sorted().toList());
  }
}

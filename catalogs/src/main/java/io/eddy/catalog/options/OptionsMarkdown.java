package io.eddy.catalog.options;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders declared options as the Markdown tables of the README, so the documentation comes
 * from the same declarations the validation uses.
 */
public final class OptionsMarkdown {

  private OptionsMarkdown() {}

  /** A section for connector {@code descriptor}: a heading and its options table. */
  public static String connector(ConnectorDescriptor descriptor) {
    List<String> notes = new ArrayList<>();
    notes.add((descriptor.supportsSource() ? "source" : "")
        + (descriptor.supportsSource() && descriptor.supportsSink() ? " and " : "")
        + (descriptor.supportsSink() ? "sink" : ""));
    switch (descriptor.formatSupport()) {
      case VALUE -> notes.add("takes `format`");
      case KEY_VALUE -> notes.add("takes `format` or `key.format` and `value.format`");
      default -> { }
    }
    descriptor.prefixOptions().forEach(p -> notes.add("passes `" + p + "*` through"));
    return "### Connector `" + descriptor.identifier() + "` (" + String.join("; ", notes)
        + ")\n\n" + table(new DeclaredOptions(descriptor.identifier(),
            descriptor.requiredOptions(), descriptor.optionalOptions(), List.of()));
  }

  /** A section for format {@code descriptor}: a heading and its options table. */
  public static String format(FormatDescriptor descriptor) {
    return "### Format `" + descriptor.identifier() + "`\n\n" + table(new DeclaredOptions(
        descriptor.identifier(), descriptor.requiredOptions(), descriptor.optionalOptions(),
        List.of()));
  }

  /** The options table: key, required, type, default, description. */
  public static String table(DeclaredOptions options) {
    StringBuilder text = new StringBuilder(
        "| Key | Required | Type | Default | Description |\n|---|---|---|---|---|\n");
    if (options.all().isEmpty()) {
      return text.append("| (none) | | | | This connector takes no options. |\n").toString();
    }
    for (ConfigOption<?> option : options.all()) {
      text.append("| `").append(option.key()).append("` | ")
          .append(options.required().contains(option) ? "yes" : "no").append(" | ")
          .append(option.type().name()).append(" | ")
          .append(option.defaultText().map(d -> "`" + cell(d) + "`").orElse("(none)"))
          .append(" | ").append(cell(option.description())).append(" |\n");
    }
    return text.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}

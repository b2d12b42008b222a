package io.eddy.catalog.options;

import java.util.List;

/**
 * Declares a format's options ({@code 'format' = identifier()}), found with
 * {@link java.util.ServiceLoader}. Keys carry the format's prefix ({@code json.ignore-parse-errors});
 * under {@code key.format}/{@code value.format} they are read with a further {@code key.} or
 * {@code value.} prefix.
 */
public interface FormatDescriptor {

  /** The value of {@code 'format'}, e.g. {@code json}. */
  String identifier();

  List<ConfigOption<?>> requiredOptions();

  List<ConfigOption<?>> optionalOptions();

  /**
   * Cross-option rules; the context's options hold this format's keys with any
   * {@code key.}/{@code value.} prefix removed.
   */
  default void validate(TableOptionsContext context) {}
}

package io.eddy.catalog.options;

import java.util.List;
import java.util.Set;

/**
 * Declares a connector's options ({@code 'connector' = identifier()}), found with
 * {@link java.util.ServiceLoader}. The catalog validates CREATE TABLE against it; the runtime
 * part of the connector attaches to it later. Option keys may be patterns ({@code fields.#.kind});
 * {@link #prefixOptions()} are free prefixes passed through to a client ({@code properties.}).
 */
public interface ConnectorDescriptor {

  /** The value of {@code 'connector'}, e.g. {@code datagen}. */
  String identifier();

  List<ConfigOption<?>> requiredOptions();

  List<ConfigOption<?>> optionalOptions();

  /** Free key prefixes, e.g. {@code properties.}; none by default. */
  default List<String> prefixOptions() {
    return List.of();
  }

  /** Whether the connector takes {@code format} (and {@code key.format}/{@code value.format}). */
  default FormatSupport formatSupport() {
    return FormatSupport.NONE;
  }

  /** Whether a format must be given when {@link #formatSupport()} is not NONE. */
  default boolean requiresFormat() {
    return formatSupport() != FormatSupport.NONE;
  }

  /**
   * Keys whose values are secret. {@link io.eddy.catalog.SecretOptions#isSecret} must recognise
   * each of them (a test checks it), so masking stays decided in one place.
   */
  default Set<String> secretOptions() {
    return Set.of();
  }

  /** Whether the connector can be read from. */
  boolean supportsSource();

  /** Whether the connector can be written to. */
  boolean supportsSink();

  /** Cross-option rules; throws {@link OptionValidationException} via {@code context.error}. */
  default void validate(TableOptionsContext context) {}
}

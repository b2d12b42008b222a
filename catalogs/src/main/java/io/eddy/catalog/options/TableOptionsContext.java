package io.eddy.catalog.options;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.TableSchema;

/** What a descriptor's cross-option check sees: the owner name, the table schema and its options. */
public record TableOptionsContext(String owner, TableSchema schema, OptionValues options) {

  public TableOptionsContext {
    requireNonNull(owner, "owner is null");
    requireNonNull(schema, "schema is null");
    requireNonNull(options, "options is null");
  }

  /** An error about this table's options, to throw. */
  public OptionValidationException error(String message) {
    return new OptionValidationException(message);
  }
}

package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.types.DataType;
import java.util.Optional;

/**
 * A column of a table: physical (stored by the connector), computed (an SQL expression over
 * other columns) or metadata (read from or written to connector metadata such as a Kafka
 * partition). Every column has a name, a type and an optional comment.
 */
public sealed interface Column {

  String name();

  DataType type();

  Optional<String> comment();

  /** A copy with another type (used to make primary key columns NOT NULL). */
  Column withType(DataType type);

  /** Whether the column is part of the connector's physical row. */
  default boolean isPhysical() {
    return this instanceof PhysicalColumn;
  }

  /** Whether a sink writes the column (physical and non-virtual metadata columns). */
  boolean isPersisted();

  /** A lowercase word for messages: "physical", "computed" or "metadata". */
  String kind();

  static PhysicalColumn physical(String name, DataType type) {
    return new PhysicalColumn(name, type, Optional.empty());
  }

  static ComputedColumn computed(String name, DataType type, String expression) {
    return new ComputedColumn(name, type, expression, Optional.empty());
  }

  static MetadataColumn metadata(String name, DataType type, String key, boolean virtual) {
    return new MetadataColumn(name, type, Optional.ofNullable(key), virtual, Optional.empty());
  }

  private static void check(String name, DataType type, Optional<String> comment) {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    requireNonNull(comment, "comment is null");
    if (name.isEmpty()) {
      throw new InvalidSchemaException("Column names must not be empty");
    }
  }

  /** A column the connector produces or consumes. */
  record PhysicalColumn(String name, DataType type, Optional<String> comment) implements Column {
    public PhysicalColumn {
      check(name, type, comment);
    }

    @Override
    public Column withType(DataType newType) {
      return new PhysicalColumn(name, newType, comment);
    }

    /** A copy with a comment. */
    public PhysicalColumn withComment(String text) {
      return new PhysicalColumn(name, type, Optional.of(text));
    }

    @Override
    public boolean isPersisted() {
      return true;
    }

    @Override
    public String kind() {
      return "physical";
    }
  }

  /** A column computed from an SQL expression (its text as written, e.g. {@code price * 2}). */
  record ComputedColumn(String name, DataType type, String expression, Optional<String> comment)
      implements Column {
    public ComputedColumn {
      check(name, type, comment);
      requireNonNull(expression, "expression is null");
      if (expression.isBlank()) {
        throw new InvalidSchemaException("Computed column `" + name + "` has an empty expression");
      }
    }

    @Override
    public Column withType(DataType newType) {
      return new ComputedColumn(name, newType, expression, comment);
    }

    @Override
    public boolean isPersisted() {
      return false;
    }

    @Override
    public String kind() {
      return "computed";
    }
  }

  /**
   * A column backed by connector metadata; {@code metadataKey} is empty when the key is the
   * column name; a virtual column is read-only.
   */
  record MetadataColumn(String name, DataType type, Optional<String> metadataKey, boolean virtual,
      Optional<String> comment) implements Column {
    public MetadataColumn {
      check(name, type, comment);
      requireNonNull(metadataKey, "metadataKey is null");
    }

    @Override
    public Column withType(DataType newType) {
      return new MetadataColumn(name, newType, metadataKey, virtual, comment);
    }

    /** The metadata key read or written: the explicit key or else the column name. */
    public String effectiveKey() {
      return metadataKey.orElse(name);
    }

    @Override
    public boolean isPersisted() {
      return !virtual;
    }

    @Override
    public String kind() {
      return "metadata";
    }
  }
}

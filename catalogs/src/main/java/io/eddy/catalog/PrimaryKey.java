package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code CONSTRAINT name PRIMARY KEY (columns) NOT ENFORCED}: a unique constraint the engine
 * trusts but does not check, as in Flink.
 */
public record PrimaryKey(String name, List<String> columns) {

  public PrimaryKey {
    requireNonNull(name, "name is null");
    columns = List.copyOf(requireNonNull(columns, "columns is null"));
    if (columns.isEmpty()) {
      throw new InvalidSchemaException("A primary key needs at least one column");
    }
    Set<String> seen = new HashSet<>();
    for (String column : columns) {
      if (!seen.add(column)) {
        throw new InvalidSchemaException("Primary key lists column `" + column + "` twice");
      }
    }
  }

  /** A primary key named as Flink names unnamed ones: {@code PK_col1_col2}. */
  public static PrimaryKey of(List<String> columns) {
    return new PrimaryKey("PK_" + String.join("_", columns), columns);
  }

  /** Always false: primary keys are declared NOT ENFORCED. */
  public boolean enforced() {
    return false;
  }
}

package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A table backed by a connector: its schema, comment, partition keys and the {@code WITH}
 * options in declaration order (the map iterates in that order and cannot be modified).
 */
public record CatalogTable(TableSchema schema, Optional<String> comment,
    List<String> partitionKeys, Map<String, String> options) implements CatalogBaseTable {

  public CatalogTable {
    requireNonNull(schema, "schema is null");
    requireNonNull(comment, "comment is null");
    partitionKeys = List.copyOf(requireNonNull(partitionKeys, "partitionKeys is null"));
    requireNonNull(options, "options is null");
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    options.forEach((key, value) -> copy.put(requireNonNull(key, "option key is null"),
        requireNonNull(value, "value of option '" + key + "' is null")));
    options = Collections.unmodifiableMap(copy);
    Set<String> seen = new HashSet<>();
    for (String key : partitionKeys) {
      Column column = schema.column(key).orElseThrow(() -> new InvalidSchemaException(
          "Partition key `" + key + "` is not a column of the table"));
      if (!column.isPhysical()) {
        throw new InvalidSchemaException("Partition key `" + key
            + "` must be a physical column, but it is a " + column.kind() + " column");
      }
      if (!seen.add(key)) {
        throw new InvalidSchemaException("Partition keys list column `" + key + "` twice");
      }
    }
  }

  /** An unpartitioned table without comment. */
  public static CatalogTable of(TableSchema schema, Map<String, String> options) {
    return new CatalogTable(schema, Optional.empty(), List.of(), options);
  }

  /** A copy with other options (ALTER TABLE ... SET). */
  public CatalogTable withOptions(Map<String, String> newOptions) {
    return new CatalogTable(schema, comment, partitionKeys, newOptions);
  }

  @Override
  public String kind() {
    return "table";
  }

  @Override
  public String toString() {
    return "CatalogTable[columns=" + schema.columnNames() + ", options="
        + SecretOptions.maskAll(options) + "]";
  }
}

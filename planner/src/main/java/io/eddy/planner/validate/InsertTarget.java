package io.eddy.planner.validate;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.Column;
import io.eddy.catalog.ObjectIdentifier;
import java.util.List;

/**
 * The table an INSERT writes and the columns it writes, in the order the query supplies them;
 * {@code writableColumns} are all columns a sink accepts (physical and non-virtual metadata).
 */
public record InsertTarget(ObjectIdentifier identifier, CatalogTable table,
    List<Column> targetColumns, List<Column> writableColumns) {

  public InsertTarget {
    requireNonNull(identifier, "identifier is null");
    requireNonNull(table, "table is null");
    targetColumns = List.copyOf(requireNonNull(targetColumns, "targetColumns is null"));
    writableColumns = List.copyOf(requireNonNull(writableColumns, "writableColumns is null"));
  }
}

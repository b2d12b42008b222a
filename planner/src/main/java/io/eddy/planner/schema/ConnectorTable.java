package io.eddy.planner.schema;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;

/** A connector-backed {@link CatalogTable} in the Calcite schema; it plans as a table scan. */
public final class ConnectorTable extends SchemaTable {

  private final CatalogTable table;

  ConnectorTable(ObjectIdentifier identifier, CatalogTable table) {
    super(identifier, requireNonNull(table, "table is null").schema());
    this.table = table;
  }

  /** The catalog entry. */
  public CatalogTable table() {
    return table;
  }

  @Override
  public String toString() {
    return "ConnectorTable " + identifier();
  }
}

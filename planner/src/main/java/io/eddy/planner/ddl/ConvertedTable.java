package io.eddy.planner.ddl;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;
import java.util.Optional;
import org.apache.calcite.sql.SqlInsert;

/**
 * A CREATE TABLE turned into a catalog table, ready for the catalog manager. For CREATE TABLE
 * AS SELECT, {@code insertQuery} is the INSERT that fills the new table, to run once it exists.
 */
public record ConvertedTable(ObjectIdentifier identifier, CatalogTable table, boolean temporary,
    boolean ifNotExists, Optional<SqlInsert> insertQuery) {

  public ConvertedTable {
    requireNonNull(identifier, "identifier is null");
    requireNonNull(table, "table is null");
    requireNonNull(insertQuery, "insertQuery is null");
  }

  @Override
  public String toString() {
    return "ConvertedTable[" + identifier.asSerializableString() + ", " + table
        + (insertQuery.isPresent() ? ", with query" : "") + "]";
  }
}

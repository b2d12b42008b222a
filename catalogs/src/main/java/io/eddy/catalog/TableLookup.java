package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

/** A table or view found by {@link CatalogManager}, with its full name and whether it is temporary. */
public record TableLookup(ObjectIdentifier identifier, CatalogBaseTable table, boolean temporary) {

  public TableLookup {
    requireNonNull(identifier, "identifier is null");
    requireNonNull(table, "table is null");
  }
}

package io.eddy.catalog;

import io.eddy.catalog.types.SqlQuoting;

/** CREATE CATALOG of a name already registered. */
public final class CatalogAlreadyExistException extends CatalogException {

  public CatalogAlreadyExistException(String catalog) {
    super("Catalog " + SqlQuoting.identifier(catalog) + " already exists");
  }
}

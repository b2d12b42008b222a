package io.eddy.catalog;

import io.eddy.catalog.types.SqlQuoting;

/** A catalog that is not registered was named. */
public final class CatalogNotExistException extends CatalogException {

  public CatalogNotExistException(String catalog) {
    super("Catalog " + SqlQuoting.identifier(catalog) + " does not exist");
  }
}

package io.eddy.catalog;

import io.eddy.catalog.types.SqlQuoting;

/** A database that does not exist was named. */
public final class DatabaseNotExistException extends CatalogException {

  public DatabaseNotExistException(String catalog, String database) {
    super("Database " + SqlQuoting.identifier(catalog) + "." + SqlQuoting.identifier(database)
        + " does not exist");
  }
}

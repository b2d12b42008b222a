package io.eddy.catalog;

import io.eddy.catalog.types.SqlQuoting;

/** DROP DATABASE (RESTRICT) of a database that still holds objects. */
public final class DatabaseNotEmptyException extends CatalogException {

  public DatabaseNotEmptyException(String catalog, String database) {
    super("Database " + SqlQuoting.identifier(catalog) + "." + SqlQuoting.identifier(database)
        + " is not empty: drop its tables, views and functions first or use DROP DATABASE ... CASCADE");
  }
}

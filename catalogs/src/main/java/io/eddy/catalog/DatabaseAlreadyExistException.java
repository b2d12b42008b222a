package io.eddy.catalog;

import io.eddy.catalog.types.SqlQuoting;

/** CREATE DATABASE of a name already taken. */
public final class DatabaseAlreadyExistException extends CatalogException {

  public DatabaseAlreadyExistException(String catalog, String database) {
    super("Database " + SqlQuoting.identifier(catalog) + "." + SqlQuoting.identifier(database)
        + " already exists");
  }
}

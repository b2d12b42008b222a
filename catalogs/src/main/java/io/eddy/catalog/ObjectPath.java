package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.types.SqlQuoting;

/** A database name and an object name inside one catalog. */
public record ObjectPath(String databaseName, String objectName) {

  public ObjectPath {
    requireNonNull(databaseName, "databaseName is null");
    requireNonNull(objectName, "objectName is null");
    if (databaseName.isEmpty() || objectName.isEmpty()) {
      throw new IllegalArgumentException("database and object names must not be empty");
    }
  }

  /** {@code `db`.`name`}. */
  public String asSerializableString() {
    return SqlQuoting.identifier(databaseName) + "." + SqlQuoting.identifier(objectName);
  }

  @Override
  public String toString() {
    return asSerializableString();
  }
}

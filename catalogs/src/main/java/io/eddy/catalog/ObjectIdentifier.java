package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.types.SqlQuoting;

/** A fully qualified object name: catalog, database and object. */
public record ObjectIdentifier(String catalogName, String databaseName, String objectName) {

  public ObjectIdentifier {
    requireNonNull(catalogName, "catalogName is null");
    requireNonNull(databaseName, "databaseName is null");
    requireNonNull(objectName, "objectName is null");
    if (catalogName.isEmpty() || databaseName.isEmpty() || objectName.isEmpty()) {
      throw new IllegalArgumentException("catalog, database and object names must not be empty");
    }
  }

  /** The identifier of {@code path} in catalog {@code catalogName}. */
  public static ObjectIdentifier of(String catalogName, ObjectPath path) {
    return new ObjectIdentifier(catalogName, path.databaseName(), path.objectName());
  }

  /** The database and object name. */
  public ObjectPath toObjectPath() {
    return new ObjectPath(databaseName, objectName);
  }

  /** {@code `cat`.`db`.`name`}, as Flink prints it. */
  public String asSerializableString() {
    return SqlQuoting.identifier(catalogName) + "." + SqlQuoting.identifier(databaseName) + "."
        + SqlQuoting.identifier(objectName);
  }

  @Override
  public String toString() {
    return asSerializableString();
  }
}

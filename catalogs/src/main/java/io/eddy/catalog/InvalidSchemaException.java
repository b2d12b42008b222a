package io.eddy.catalog;

/** A table schema that breaks a rule (duplicate column, bad primary key or watermark...). */
public final class InvalidSchemaException extends CatalogException {

  public InvalidSchemaException(String message) {
    super(message);
  }
}

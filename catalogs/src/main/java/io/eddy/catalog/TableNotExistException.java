package io.eddy.catalog;

/** A table or view that does not exist was named. */
public final class TableNotExistException extends CatalogException {

  public TableNotExistException(ObjectIdentifier identifier) {
    this("Table", identifier);
  }

  /** {@code kind} is "Table", "View" or "Table or view". */
  public TableNotExistException(String kind, ObjectIdentifier identifier) {
    super(kind + " " + identifier.asSerializableString() + " does not exist");
  }
}

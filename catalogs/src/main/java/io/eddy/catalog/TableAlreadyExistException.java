package io.eddy.catalog;

/** CREATE TABLE or VIEW of a name already taken by a table or view. */
public final class TableAlreadyExistException extends CatalogException {

  /** {@code kind} is the kind of the existing object: "Table" or "View". */
  public TableAlreadyExistException(String kind, ObjectIdentifier identifier) {
    super(kind + " " + identifier.asSerializableString() + " already exists");
  }
}

package io.eddy.catalog;

/** CREATE FUNCTION of a name already taken. */
public final class FunctionAlreadyExistException extends CatalogException {

  public FunctionAlreadyExistException(ObjectIdentifier identifier) {
    super("Function " + identifier.asSerializableString() + " already exists");
  }
}

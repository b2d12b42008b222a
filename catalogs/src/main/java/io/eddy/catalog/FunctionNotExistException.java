package io.eddy.catalog;

/** A function that does not exist was named. */
public final class FunctionNotExistException extends CatalogException {

  public FunctionNotExistException(ObjectIdentifier identifier) {
    super("Function " + identifier.asSerializableString() + " does not exist");
  }
}

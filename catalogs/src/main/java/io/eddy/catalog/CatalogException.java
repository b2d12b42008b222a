package io.eddy.catalog;

/**
 * Base of every catalog error; the message is one line a user can act on, naming the object
 * (and the file, for storage problems) and never containing a secret option value.
 */
public class CatalogException extends RuntimeException {

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}

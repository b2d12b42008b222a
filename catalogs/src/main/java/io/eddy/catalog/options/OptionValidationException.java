package io.eddy.catalog.options;

import io.eddy.catalog.CatalogException;

/** A table's or catalog's options are wrong: missing, unknown, or with a bad value. */
public final class OptionValidationException extends CatalogException {

  public OptionValidationException(String message) {
    super(message);
  }
}

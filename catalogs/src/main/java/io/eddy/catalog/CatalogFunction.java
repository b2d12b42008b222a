package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

/**
 * A user-defined function: implementing class, language and whether it is temporary. Catalogs
 * hold permanent functions only; {@link CatalogManager} keeps the temporary ones.
 */
public record CatalogFunction(String className, FunctionLanguage language, boolean temporary) {

  public CatalogFunction {
    requireNonNull(className, "className is null");
    requireNonNull(language, "language is null");
    if (className.isBlank()) {
      throw new IllegalArgumentException("a function needs a class name");
    }
  }
}

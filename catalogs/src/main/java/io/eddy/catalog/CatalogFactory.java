package io.eddy.catalog;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.OptionValues;
import java.util.List;

/**
 * Creates catalogs of one {@code 'type'} for {@code CREATE CATALOG c WITH ('type' = ...)};
 * found with {@link java.util.ServiceLoader}. Options are validated against the declared ones
 * before {@link #create} is called.
 */
public interface CatalogFactory {

  /** The value of {@code 'type'}, e.g. {@code file}. */
  String type();

  List<ConfigOption<?>> requiredOptions();

  List<ConfigOption<?>> optionalOptions();

  /** A catalog named {@code name} configured by the validated {@code options}. */
  Catalog create(String name, OptionValues options);
}

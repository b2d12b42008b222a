package io.eddy.catalog.memory;

import io.eddy.catalog.Catalog;
import io.eddy.catalog.CatalogFactories;
import io.eddy.catalog.CatalogFactory;
import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.OptionValues;
import java.util.List;

/** {@code 'type' = 'generic_in_memory'}: creates {@link InMemoryCatalog}s. */
public final class InMemoryCatalogFactory implements CatalogFactory {

  @Override
  public String type() {
    return "generic_in_memory";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return List.of();
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return List.of(CatalogFactories.DEFAULT_DATABASE);
  }

  @Override
  public Catalog create(String name, OptionValues options) {
    return new InMemoryCatalog(name, options.get(CatalogFactories.DEFAULT_DATABASE));
  }
}

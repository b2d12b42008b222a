package io.eddy.catalog.file;

import io.eddy.catalog.Catalog;
import io.eddy.catalog.CatalogFactories;
import io.eddy.catalog.CatalogFactory;
import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import io.eddy.catalog.options.OptionValues;
import java.nio.file.Path;
import java.util.List;

/** {@code 'type' = 'file'}, {@code 'path' = '/dir'}: creates {@link FileCatalog}s. */
public final class FileCatalogFactory implements CatalogFactory {

  /** The directory holding the catalog. */
  public static final ConfigOption<String> PATH = ConfigOptions.key("path").stringType()
      .noDefaultValue().withDescription("Directory where the catalog keeps its JSON files.");

  @Override
  public String type() {
    return "file";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return List.of(PATH);
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return List.of(CatalogFactories.DEFAULT_DATABASE);
  }

  @Override
  public Catalog create(String name, OptionValues options) {
    return new FileCatalog(name, Path.of(options.get(PATH)),
        options.get(CatalogFactories.DEFAULT_DATABASE));
  }
}

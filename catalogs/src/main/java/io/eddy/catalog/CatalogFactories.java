package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import io.eddy.catalog.options.DeclaredOptions;
import io.eddy.catalog.options.OptionMessages;
import io.eddy.catalog.options.OptionValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Finds the {@link CatalogFactory} for a {@code 'type'} and creates validated catalogs. */
public final class CatalogFactories {

  /** The option that selects the factory. */
  public static final ConfigOption<String> TYPE = ConfigOptions.key("type").stringType()
      .noDefaultValue().withDescription("The type of catalog: file or generic_in_memory.");

  /** The option every built-in catalog takes to name its default database. */
  public static final ConfigOption<String> DEFAULT_DATABASE = ConfigOptions
      .key("default-database").stringType().defaultValue("default_database")
      .withDescription("The database a session uses after USE CATALOG.");

  private final Map<String, CatalogFactory> factories = new TreeMap<>();

  public CatalogFactories(Collection<CatalogFactory> factories) {
    factories.forEach(f -> this.factories.put(f.type(), f));
  }

  /** The factories registered in META-INF/services. */
  public static CatalogFactories discover() {
    List<CatalogFactory> found = new ArrayList<>();
    ServiceLoader.load(CatalogFactory.class).forEach(found::add);
    return new CatalogFactories(found);
  }

  /** Creates catalog {@code name} from its {@code WITH} options, or raises a one-line error. */
  public Catalog create(String name, Map<String, String> options) {
    requireNonNull(name, "name is null");
    String type = options.get(TYPE.key());
    if (type == null) {
      throw OptionMessages.missingChoice(TYPE.key(), "catalog type", factories.keySet());
    }
    CatalogFactory factory = factories.get(type);
    if (factory == null) {
      throw OptionMessages.unknownName("catalog type", type, "", factories.keySet());
    }
    List<ConfigOption<?>> optional = new ArrayList<>(factory.optionalOptions());
    optional.add(TYPE);
    DeclaredOptions declared = new DeclaredOptions("catalog type '" + type + "'",
        factory.requiredOptions(), optional, List.of());
    options.forEach((key, value) -> {
      if (!declared.allows(key)) {
        throw OptionMessages.unsupported(key, declared.owner(), declared.supportedKeys());
      }
      declared.checkValue(key, value);
    });
    OptionValues values = new OptionValues(options);
    declared.checkRequired(values);
    return factory.create(name, values);
  }
}

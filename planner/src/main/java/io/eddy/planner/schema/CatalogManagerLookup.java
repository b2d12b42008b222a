package io.eddy.planner.schema;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.Catalog;
import io.eddy.catalog.CatalogBaseTable;
import io.eddy.catalog.CatalogFunction;
import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.TableLookup;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@link ObjectLookup} over a session's {@link CatalogManager}, temporary objects included, and
 * the engine's temporary system functions.
 */
public final class CatalogManagerLookup implements ObjectLookup {

  private final CatalogManager catalogManager;
  private final Function<String, Optional<CatalogFunction>> systemFunctions;

  /** Reads the catalogs of this manager; there are no temporary system functions. */
  public CatalogManagerLookup(CatalogManager catalogManager) {
    this(catalogManager, name -> Optional.empty());
  }

  /**
   * Reads the catalogs of this manager and the temporary system functions of
   * {@code systemFunctions} (by case-insensitive name).
   */
  public CatalogManagerLookup(CatalogManager catalogManager,
      Function<String, Optional<CatalogFunction>> systemFunctions) {
    this.catalogManager = requireNonNull(catalogManager, "catalogManager is null");
    this.systemFunctions = requireNonNull(systemFunctions, "systemFunctions is null");
  }

  @Override
  public String currentCatalog() {
    return catalogManager.currentCatalog();
  }

  @Override
  public String currentDatabase() {
    return catalogManager.currentDatabase();
  }

  @Override
  public Set<String> catalogNames() {
    return new TreeSet<>(catalogManager.listCatalogs());
  }

  @Override
  public Set<String> databaseNames(String catalog) {
    if (!catalogManager.listCatalogs().contains(catalog)) {
      return Set.of();
    }
    return new TreeSet<>(catalogManager.catalog(catalog).listDatabases());
  }

  @Override
  public Set<String> tableNames(String catalog, String database) {
    Set<String> names = new TreeSet<>();
    if (databaseNames(catalog).contains(database)) {
      Catalog owner = catalogManager.catalog(catalog);
      names.addAll(owner.listTables(database));
      names.addAll(owner.listViews(database));
    }
    if (catalog.equals(currentCatalog()) && database.equals(currentDatabase())) {
      names.addAll(catalogManager.listTemporaryTables());
    }
    return names;
  }

  @Override
  public Optional<CatalogBaseTable> table(ObjectIdentifier identifier) {
    return catalogManager.lookupTable(identifier).map(TableLookup::table);
  }

  @Override
  public Optional<CatalogFunction> systemFunction(String name) {
    return systemFunctions.apply(name);
  }

  @Override
  public Optional<CatalogFunction> function(ObjectIdentifier identifier) {
    if (!catalogManager.listCatalogs().contains(identifier.catalogName())) {
      return Optional.empty();
    }
    return catalogManager.lookupFunction(identifier);
  }
}

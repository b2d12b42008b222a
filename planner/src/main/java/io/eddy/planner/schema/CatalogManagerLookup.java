package io.eddy.planner.schema;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.Catalog;
import io.eddy.catalog.CatalogBaseTable;
import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.catalog.TableLookup;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@link ObjectLookup} over a session's {@link CatalogManager}, temporary objects included. */
public final class CatalogManagerLookup implements ObjectLookup {

  private final CatalogManager catalogManager;

  /** Reads the catalogs of this manager. */
  public CatalogManagerLookup(CatalogManager catalogManager) {
    this.catalogManager = requireNonNull(catalogManager, "catalogManager is null");
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
}

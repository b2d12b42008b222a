package io.eddy.planner;

import io.eddy.catalog.CatalogBaseTable;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.planner.schema.ObjectLookup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** An in-memory set of catalogs for tests: catalog {@code cat}, databases {@code db}, {@code other}. */
public final class TestObjects implements ObjectLookup {

  private final Map<ObjectIdentifier, CatalogBaseTable> tables = new LinkedHashMap<>();
  private final Map<String, Set<String>> databases = new LinkedHashMap<>();

  public TestObjects() {
    databases.put("cat", new TreeSet<>(Set.of("db", "other")));
  }

  /** Adds a table or view in {@code cat.db}. */
  public TestObjects with(String name, CatalogBaseTable table) {
    return with(new ObjectIdentifier("cat", "db", name), table);
  }

  /** Adds a table or view. */
  public TestObjects with(ObjectIdentifier identifier, CatalogBaseTable table) {
    tables.put(identifier, table);
    return this;
  }

  @Override
  public String currentCatalog() {
    return "cat";
  }

  @Override
  public String currentDatabase() {
    return "db";
  }

  @Override
  public Set<String> catalogNames() {
    return databases.keySet();
  }

  @Override
  public Set<String> databaseNames(String catalog) {
    return databases.getOrDefault(catalog, Set.of());
  }

  @Override
  public Set<String> tableNames(String catalog, String database) {
    Set<String> names = new TreeSet<>();
    tables.keySet().stream()
        .filter(id -> id.catalogName().equals(catalog) && id.databaseName().equals(database))
        .forEach(id -> names.add(id.objectName()));
    return names;
  }

  @Override
  public Optional<CatalogBaseTable> table(ObjectIdentifier identifier) {
    return Optional.ofNullable(tables.get(identifier));
  }
}

package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.memory.InMemoryCatalog;
import io.eddy.catalog.options.TableOptionsValidator;
import io.eddy.catalog.types.SqlQuoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A session's view of its catalogs: the registered catalogs, the current catalog and database
 * ({@code default_catalog}.{@code default_database}, in memory, at start), temporary tables and
 * views (which shadow permanent ones of the same name, as in Flink), and the resolution of
 * partially qualified names ({@code t}, {@code db.t}, {@code cat.db.t}). CREATE TABLE validates
 * the table's options. Methods are synchronized: one manager may serve concurrent statements.
 */
public final class CatalogManager {

  public static final String DEFAULT_CATALOG = "default_catalog";

  private final CatalogFactories factories;
  private final TableOptionsValidator validator;
  private final Map<String, Catalog> catalogs = new TreeMap<>();
  private final Map<ObjectIdentifier, CatalogBaseTable> temporaryTables = new TreeMap<>(
      (a, b) -> a.asSerializableString().compareTo(b.asSerializableString()));
  private final Map<ObjectIdentifier, CatalogFunction> temporaryFunctions = new TreeMap<>(
      (a, b) -> a.asSerializableString().compareTo(b.asSerializableString()));
  private String currentCatalog;
  private String currentDatabase;

  public CatalogManager(CatalogFactories factories, TableOptionsValidator validator) {
    this.factories = requireNonNull(factories, "factories is null");
    this.validator = requireNonNull(validator, "validator is null");
    registerCatalog(new InMemoryCatalog(DEFAULT_CATALOG), false);
    useCatalog(DEFAULT_CATALOG);
  }

  /** A manager using the catalog types, connectors and formats in META-INF/services. */
  public static CatalogManager discover() {
    return new CatalogManager(CatalogFactories.discover(), TableOptionsValidator.discover());
  }

  // ---- catalogs

  /** {@code CREATE CATALOG name WITH (options)}. */
  public synchronized void createCatalog(String name, Map<String, String> options,
      boolean ignoreIfExists) {
    if (catalogs.containsKey(name)) {
      if (ignoreIfExists) {
        return;
      }
      throw new CatalogAlreadyExistException(name);
    }
    catalogs.put(name, factories.create(name, options));
  }

  /** Registers an already built catalog under its name. */
  public synchronized void registerCatalog(Catalog catalog, boolean ignoreIfExists) {
    if (catalogs.containsKey(catalog.name())) {
      if (ignoreIfExists) {
        return;
      }
      throw new CatalogAlreadyExistException(catalog.name());
    }
    catalogs.put(catalog.name(), catalog);
  }

  /** {@code DROP CATALOG}; the current catalog cannot be dropped. */
  public synchronized void dropCatalog(String name, boolean ignoreIfNotExists) {
    Catalog catalog = catalogs.get(name);
    if (catalog == null) {
      if (ignoreIfNotExists) {
        return;
      }
      throw new CatalogNotExistException(name);
    }
    if (name.equals(currentCatalog)) {
      throw new CatalogException("Cannot drop catalog " + SqlQuoting.identifier(name)
          + " because it is the current catalog; USE CATALOG another one first");
    }
    catalogs.remove(name);
    temporaryTables.keySet().removeIf(id -> id.catalogName().equals(name));
    catalog.close();
  }

  /** {@code USE CATALOG name}: the current database becomes that catalog's default database. */
  public synchronized void useCatalog(String name) {
    Catalog catalog = catalog(name);
    currentCatalog = name;
    currentDatabase = catalog.defaultDatabase();
  }

  /** {@code USE db} or {@code USE cat.db}. */
  public synchronized void useDatabase(String catalogName, String database) {
    Catalog catalog = catalog(catalogName);
    if (!catalog.databaseExists(database)) {
      throw new DatabaseNotExistException(catalogName, database);
    }
    currentCatalog = catalogName;
    currentDatabase = database;
  }

  /** {@code USE db} in the current catalog. */
  public synchronized void useDatabase(String database) {
    useDatabase(currentCatalog, database);
  }

  public synchronized String currentCatalog() {
    return currentCatalog;
  }

  public synchronized String currentDatabase() {
    return currentDatabase;
  }

  /** The registered catalog names, sorted. */
  public synchronized List<String> listCatalogs() {
    return List.copyOf(catalogs.keySet());
  }

  /** The catalog registered as {@code name}. */
  public synchronized Catalog catalog(String name) {
    Catalog catalog = catalogs.get(name);
    if (catalog == null) {
      throw new CatalogNotExistException(name);
    }
    return catalog;
  }

  // ---- databases

  /** {@code CREATE DATABASE [cat.]db}. */
  public void createDatabase(String catalogName, String database, CatalogDatabase value,
      boolean ignoreIfExists) {
    catalog(catalogName).createDatabase(database, value, ignoreIfExists);
  }

  /** {@code DROP DATABASE [cat.]db [RESTRICT|CASCADE]}; the current database cannot be dropped. */
  public synchronized void dropDatabase(String catalogName, String database,
      boolean ignoreIfNotExists, boolean cascade) {
    if (catalogName.equals(currentCatalog) && database.equals(currentDatabase)) {
      throw new CatalogException("Cannot drop database " + SqlQuoting.identifier(catalogName)
          + "." + SqlQuoting.identifier(database)
          + " because it is the current database; USE another one first");
    }
    catalog(catalogName).dropDatabase(database, ignoreIfNotExists, cascade);
    if (cascade) {
      temporaryTables.keySet().removeIf(id -> id.catalogName().equals(catalogName)
          && id.databaseName().equals(database));
    }
  }

  /** The databases of the current catalog, sorted. */
  public synchronized List<String> listDatabases() {
    return catalog(currentCatalog).listDatabases();
  }

  // ---- names

  /** Completes {@code t}, {@code db.t} or {@code cat.db.t} with the current catalog and database. */
  public synchronized ObjectIdentifier qualify(List<String> parts) {
    return switch (parts.size()) {
      case 1 -> new ObjectIdentifier(currentCatalog, currentDatabase, parts.get(0));
      case 2 -> new ObjectIdentifier(currentCatalog, parts.get(0), parts.get(1));
      case 3 -> new ObjectIdentifier(parts.get(0), parts.get(1), parts.get(2));
      default -> throw new CatalogException("Name "
          + parts.stream().map(SqlQuoting::identifier).collect(Collectors.joining("."))
          + " has " + parts.size() + " parts, but a table name is [[catalog.]database.]table");
    };
  }

  public ObjectIdentifier qualify(String... parts) {
    return qualify(List.of(parts));
  }

  // ---- tables and views

  /** The temporary or else the permanent table or view named {@code id}, if any. */
  public synchronized Optional<TableLookup> lookupTable(ObjectIdentifier id) {
    CatalogBaseTable temporary = temporaryTables.get(id);
    if (temporary != null) {
      return Optional.of(new TableLookup(id, temporary, true));
    }
    Catalog catalog = catalogs.get(id.catalogName());
    if (catalog == null) {
      return Optional.empty();
    }
    ObjectPath path = id.toObjectPath();
    if (!catalog.tableExists(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new TableLookup(id, catalog.getTable(path), false));
    } catch (TableNotExistException e) {
      return Optional.empty();
    }
  }

  /** Like {@link #lookupTable} but raising "Table or view ... does not exist". */
  public TableLookup getTable(ObjectIdentifier id) {
    return lookupTable(id)
        .orElseThrow(() -> new TableNotExistException("Table or view", id));
  }

  /** {@code CREATE TABLE} / {@code CREATE VIEW}; a table's options are validated first. */
  public synchronized void createTable(ObjectIdentifier id, CatalogBaseTable table,
      boolean ignoreIfExists) {
    Catalog catalog = catalog(id.catalogName());
    if (ignoreIfExists && catalog.tableExists(id.toObjectPath())) {
      return;
    }
    validate(table);
    catalog.createTable(id.toObjectPath(), table, ignoreIfExists);
  }

  /** {@code CREATE TEMPORARY TABLE} / {@code VIEW}; it shadows a permanent one of that name. */
  public synchronized void createTemporaryTable(ObjectIdentifier id, CatalogBaseTable table,
      boolean ignoreIfExists) {
    catalog(id.catalogName());
    CatalogBaseTable existing = temporaryTables.get(id);
    if (existing != null) {
      if (ignoreIfExists) {
        return;
      }
      throw new TableAlreadyExistException("Temporary " + existing.kind(), id);
    }
    validate(table);
    temporaryTables.put(id, table);
  }

  /** {@code ALTER TABLE} / {@code ALTER VIEW} of a permanent object. */
  public synchronized void alterTable(ObjectIdentifier id, CatalogBaseTable table,
      boolean ignoreIfNotExists) {
    validate(table);
    catalog(id.catalogName()).alterTable(id.toObjectPath(), table, ignoreIfNotExists);
  }

  /**
   * {@code DROP TABLE} ({@code view == false}) or {@code DROP VIEW} of a permanent object.
   * As in Flink, a temporary object of the same name must be dropped first.
   */
  public synchronized void dropTable(ObjectIdentifier id, boolean view,
      boolean ignoreIfNotExists) {
    String kind = view ? "view" : "table";
    if (temporaryTables.containsKey(id)) {
      throw new CatalogException("Temporary " + temporaryTables.get(id).kind() + " "
          + id.asSerializableString() + " shadows the permanent " + kind
          + "; drop it first with DROP TEMPORARY " + kind.toUpperCase(Locale.ROOT));
    }
    Catalog catalog = catalog(id.catalogName());
    ObjectPath path = id.toObjectPath();
    if (!catalog.tableExists(path)) {
      if (ignoreIfNotExists) {
        return;
      }
      throw new TableNotExistException(view ? "View" : "Table", id);
    }
    checkKind(id, catalog.getTable(path), kind);
    catalog.dropTable(path, ignoreIfNotExists);
  }

  /** {@code ALTER TABLE t RENAME TO n} / {@code ALTER VIEW}; temporary objects cannot be renamed. */
  public synchronized void renameTable(ObjectIdentifier id, String newName,
      boolean ignoreIfNotExists) {
    if (temporaryTables.containsKey(id)) {
      throw new CatalogException("Temporary " + temporaryTables.get(id).kind() + " "
          + id.asSerializableString() + " cannot be renamed; drop and create it instead");
    }
    catalog(id.catalogName()).renameTable(id.toObjectPath(), newName, ignoreIfNotExists);
  }

  /** {@code DROP TEMPORARY TABLE} / {@code DROP TEMPORARY VIEW}. */
  public synchronized void dropTemporaryTable(ObjectIdentifier id, boolean view,
      boolean ignoreIfNotExists) {
    String kind = view ? "view" : "table";
    CatalogBaseTable existing = temporaryTables.get(id);
    if (existing == null) {
      if (ignoreIfNotExists) {
        return;
      }
      throw new TableNotExistException(view ? "Temporary view" : "Temporary table", id);
    }
    checkKind(id, existing, kind);
    temporaryTables.remove(id);
  }

  /** Tables and views (temporary included) in the current database, sorted. */
  public synchronized List<String> listTables() {
    TreeSet<String> names = new TreeSet<>(
        catalog(currentCatalog).listTables(currentDatabase));
    names.addAll(listTemporaryTables());
    return new ArrayList<>(names);
  }

  /** Temporary tables and views in the current database, sorted. */
  public synchronized List<String> listTemporaryTables() {
    return temporaryTables.keySet().stream()
        .filter(id -> id.catalogName().equals(currentCatalog)
            && id.databaseName().equals(currentDatabase))
        .map(ObjectIdentifier::objectName).sorted().toList();
  }

  // ---- functions (names are case-insensitive, as in Flink)

  /** {@code CREATE TEMPORARY FUNCTION}; it shadows a catalog function of the same name. */
  public synchronized void createTemporaryFunction(ObjectIdentifier id, String className,
      FunctionLanguage language, boolean ignoreIfExists) {
    ObjectIdentifier key = functionKey(id);
    if (temporaryFunctions.containsKey(key)) {
      if (ignoreIfExists) {
        return;
      }
      throw new FunctionAlreadyExistException(key);
    }
    temporaryFunctions.put(key, new CatalogFunction(className, language, true));
  }

  /** {@code DROP TEMPORARY FUNCTION}. */
  public synchronized void dropTemporaryFunction(ObjectIdentifier id, boolean ignoreIfNotExists) {
    ObjectIdentifier key = functionKey(id);
    if (temporaryFunctions.remove(key) == null && !ignoreIfNotExists) {
      throw new FunctionNotExistException(key);
    }
  }

  /** The temporary or else the catalog function named {@code id}, if any. */
  public synchronized Optional<CatalogFunction> lookupFunction(ObjectIdentifier id) {
    ObjectIdentifier key = functionKey(id);
    CatalogFunction temporary = temporaryFunctions.get(key);
    if (temporary != null) {
      return Optional.of(temporary);
    }
    Catalog catalog = catalogs.get(key.catalogName());
    if (catalog == null || !catalog.functionExists(key.toObjectPath())) {
      return Optional.empty();
    }
    return Optional.of(catalog.getFunction(key.toObjectPath()));
  }

  private static ObjectIdentifier functionKey(ObjectIdentifier id) {
    return new ObjectIdentifier(id.catalogName(), id.databaseName(),
        id.objectName().toLowerCase(Locale.ROOT));
  }

  /** {@code SHOW CREATE TABLE} / {@code SHOW CREATE VIEW} text, secrets masked. */
  public String showCreate(ObjectIdentifier id) {
    TableLookup lookup = getTable(id);
    return DdlPrinter.create(id, lookup.table(), lookup.temporary());
  }

  private void validate(CatalogBaseTable table) {
    if (table instanceof CatalogTable catalogTable) {
      validator.validate(catalogTable.schema(), catalogTable.options());
    }
  }

  private static void checkKind(ObjectIdentifier id, CatalogBaseTable table, String kind) {
    if (!table.kind().equals(kind)) {
      throw new CatalogException(id.asSerializableString() + " is a " + table.kind()
          + ", not a " + kind + "; use DROP " + table.kind().toUpperCase(Locale.ROOT));
    }
  }
}

package io.eddy.catalog;

import java.util.List;

/**
 * A named store of databases, each holding tables, views and functions. Implementations are
 * safe for concurrent use. Methods throw the typed {@link CatalogException}s
 * ({@link DatabaseNotExistException}, {@link TableAlreadyExistException}, ...), each with a
 * one-line message naming the full object path. Tables and views share one name space.
 */
public interface Catalog extends AutoCloseable {

  /** The name the catalog is registered under (first part of its identifiers). */
  String name();

  /** The database a session starts in when it uses this catalog. */
  String defaultDatabase();

  // ---- databases

  List<String> listDatabases();

  CatalogDatabase getDatabase(String name);

  boolean databaseExists(String name);

  void createDatabase(String name, CatalogDatabase database, boolean ignoreIfExists);

  /**
   * Drops a database; with {@code cascade} also its tables, views and functions, otherwise
   * {@link DatabaseNotEmptyException} if it holds any.
   */
  void dropDatabase(String name, boolean ignoreIfNotExists, boolean cascade);

  void alterDatabase(String name, CatalogDatabase database, boolean ignoreIfNotExists);

  // ---- tables and views

  /** Names of tables and views in {@code database}, sorted. */
  List<String> listTables(String database);

  /** Names of views in {@code database}, sorted. */
  List<String> listViews(String database);

  CatalogBaseTable getTable(ObjectPath path);

  boolean tableExists(ObjectPath path);

  void createTable(ObjectPath path, CatalogBaseTable table, boolean ignoreIfExists);

  /** Replaces a table or view by one of the same kind. */
  void alterTable(ObjectPath path, CatalogBaseTable table, boolean ignoreIfNotExists);

  void renameTable(ObjectPath path, String newName, boolean ignoreIfNotExists);

  void dropTable(ObjectPath path, boolean ignoreIfNotExists);

  // ---- functions (names are case-insensitive, as in Flink)

  List<String> listFunctions(String database);

  CatalogFunction getFunction(ObjectPath path);

  boolean functionExists(ObjectPath path);

  void createFunction(ObjectPath path, CatalogFunction function, boolean ignoreIfExists);

  void dropFunction(ObjectPath path, boolean ignoreIfNotExists);

  /** Releases resources; the default does nothing. */
  @Override
  default void close() {}
}

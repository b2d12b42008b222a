package io.eddy.catalog;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Raw storage behind a {@link StoredCatalog}: puts, gets and removes without any semantics.
 * {@link StoredCatalog} calls every other method inside {@link #locked}, so a store only has to
 * make that exclusive (within the process and, for shared storage, across processes).
 */
public interface MetadataStore extends AutoCloseable {

  /** Runs {@code action} exclusively; nested calls from the same thread are allowed. */
  <T> T locked(Supplier<T> action);

  List<String> databaseNames();

  Optional<CatalogDatabase> database(String name);

  void putDatabase(String name, CatalogDatabase database);

  /** Removes the database and everything in it. */
  void removeDatabase(String name);

  List<String> tableNames(String database);

  Optional<CatalogBaseTable> table(ObjectPath path);

  void putTable(ObjectPath path, CatalogBaseTable table);

  void removeTable(ObjectPath path);

  List<String> functionNames(String database);

  Optional<CatalogFunction> function(ObjectPath path);

  void putFunction(ObjectPath path, CatalogFunction function);

  void removeFunction(ObjectPath path);

  @Override
  default void close() {}
}

package io.eddy.catalog.memory;

import io.eddy.catalog.CatalogBaseTable;
import io.eddy.catalog.CatalogDatabase;
import io.eddy.catalog.CatalogFunction;
import io.eddy.catalog.MetadataStore;
import io.eddy.catalog.ObjectPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** A {@link MetadataStore} in hash maps guarded by one lock; lost when the process ends. */
final class MemoryStore implements MetadataStore {

  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, CatalogDatabase> databases = new HashMap<>();
  private final Map<ObjectPath, CatalogBaseTable> tables = new HashMap<>();
  private final Map<ObjectPath, CatalogFunction> functions = new HashMap<>();

  @Override
  public <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<String> databaseNames() {
    return new ArrayList<>(databases.keySet());
  }

  @Override
  public Optional<CatalogDatabase> database(String name) {
    return Optional.ofNullable(databases.get(name));
  }

  @Override
  public void putDatabase(String name, CatalogDatabase database) {
    databases.put(name, database);
  }

  @Override
  public void removeDatabase(String name) {
    databases.remove(name);
    tables.keySet().removeIf(path -> path.databaseName().equals(name));
    functions.keySet().removeIf(path -> path.databaseName().equals(name));
  }

  @Override
  public List<String> tableNames(String database) {
    return names(tables, database);
  }

  @Override
  public Optional<CatalogBaseTable> table(ObjectPath path) {
    return Optional.ofNullable(tables.get(path));
  }

  @Override
  public void putTable(ObjectPath path, CatalogBaseTable table) {
    tables.put(path, table);
  }

  @Override
  public void removeTable(ObjectPath path) {
    tables.remove(path);
  }

  @Override
  public List<String> functionNames(String database) {
    return names(functions, database);
  }

  @Override
  public Optional<CatalogFunction> function(ObjectPath path) {
    return Optional.ofNullable(functions.get(path));
  }

  @Override
  public void putFunction(ObjectPath path, CatalogFunction function) {
    functions.put(path, function);
  }

  @Override
  public void removeFunction(ObjectPath path) {
    functions.remove(path);
  }

  private static List<String> names(Map<ObjectPath, ?> objects, String database) {
    return objects.keySet().stream().filter(path -> path.databaseName().equals(database))
        .map(ObjectPath::objectName).toList();
  }
}

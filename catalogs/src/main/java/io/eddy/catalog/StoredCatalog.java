package io.eddy.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The semantics of a {@link Catalog} (existence checks, IF [NOT] EXISTS, CASCADE/RESTRICT,
 * kinds of tables and views) over a {@link MetadataStore}. Each operation, reads included, runs
 * under the store's lock, so a check and the change it guards are atomic even when several
 * processes share the store.
 */
public abstract class StoredCatalog implements Catalog {

  private final String name;
  private final String defaultDatabase;
  private final MetadataStore store;

  protected StoredCatalog(String name, String defaultDatabase, MetadataStore store) {
    this.name = requireNonNull(name, "name is null");
    this.defaultDatabase = requireNonNull(defaultDatabase, "defaultDatabase is null");
    this.store = requireNonNull(store, "store is null");
    createDatabase(defaultDatabase, CatalogDatabase.empty(), true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String defaultDatabase() {
    return defaultDatabase;
  }

  private <T> T locked(Supplier<T> action) {
    return store.locked(action);
  }

  private void locked(Runnable action) {
    store.locked(() -> {
      action.run();
      return null;
    });
  }

  private ObjectIdentifier id(ObjectPath path) {
    return ObjectIdentifier.of(name, path);
  }

  private void requireDatabase(String database) {
    if (store.database(database).isEmpty()) {
      throw new DatabaseNotExistException(name, database);
    }
  }

  private static String capitalized(String kind) {
    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
  }

  private static ObjectPath functionPath(ObjectPath path) {
    return new ObjectPath(path.databaseName(), path.objectName().toLowerCase(Locale.ROOT));
  }

  @Override
  public List<String> listDatabases() {
    return locked(() -> store.databaseNames().stream().sorted().toList());
  }

  @Override
  public CatalogDatabase getDatabase(String database) {
    return locked(() -> store.database(database)
        .orElseThrow(() -> new DatabaseNotExistException(name, database)));
  }

  @Override
  public boolean databaseExists(String database) {
    return locked(() -> store.database(database).isPresent());
  }

  @Override
  public void createDatabase(String database, CatalogDatabase value, boolean ignoreIfExists) {
    requireNonNull(value, "database is null");
    locked(() -> {
      if (store.database(database).isPresent()) {
        if (!ignoreIfExists) {
          throw new DatabaseAlreadyExistException(name, database);
        }
        return;
      }
      store.putDatabase(database, value);
    });
  }

  @Override
  public void dropDatabase(String database, boolean ignoreIfNotExists, boolean cascade) {
    locked(() -> {
      if (store.database(database).isEmpty()) {
        if (!ignoreIfNotExists) {
          throw new DatabaseNotExistException(name, database);
        }
        return;
      }
      boolean empty = store.tableNames(database).isEmpty()
          && store.functionNames(database).isEmpty();
      if (!empty && !cascade) {
        throw new DatabaseNotEmptyException(name, database);
      }
      store.removeDatabase(database);
    });
  }

  @Override
  public void alterDatabase(String database, CatalogDatabase value, boolean ignoreIfNotExists) {
    requireNonNull(value, "database is null");
    locked(() -> {
      if (store.database(database).isEmpty()) {
        if (!ignoreIfNotExists) {
          throw new DatabaseNotExistException(name, database);
        }
        return;
      }
      store.putDatabase(database, value);
    });
  }

  @Override
  public List<String> listTables(String database) {
    return locked(() -> {
      requireDatabase(database);
      return store.tableNames(database).stream().sorted().toList();
    });
  }

  @Override
  public List<String> listViews(String database) {
    return locked(() -> {
      requireDatabase(database);
      return store.tableNames(database).stream().sorted()
          .filter(table -> store.table(new ObjectPath(database, table))
              .map(t -> t instanceof CatalogView).orElse(false))
          .toList();
    });
  }

  @Override
  public CatalogBaseTable getTable(ObjectPath path) {
    return locked(() -> store.table(path)
        .orElseThrow(() -> new TableNotExistException("Table or view", id(path))));
  }

  @Override
  public boolean tableExists(ObjectPath path) {
    return locked(() -> store.table(path).isPresent());
  }

  @Override
  public void createTable(ObjectPath path, CatalogBaseTable table, boolean ignoreIfExists) {
    requireNonNull(table, "table is null");
    locked(() -> {
      requireDatabase(path.databaseName());
      store.table(path).ifPresentOrElse(existing -> {
        if (!ignoreIfExists) {
          throw new TableAlreadyExistException(capitalized(existing.kind()), id(path));
        }
      }, () -> store.putTable(path, table));
    });
  }

  @Override
  public void alterTable(ObjectPath path, CatalogBaseTable table, boolean ignoreIfNotExists) {
    requireNonNull(table, "table is null");
    locked(() -> {
      CatalogBaseTable existing = store.table(path).orElse(null);
      if (existing == null) {
        if (!ignoreIfNotExists) {
          throw new TableNotExistException(capitalized(table.kind()), id(path));
        }
        return;
      }
      if (!existing.kind().equals(table.kind())) {
        throw new CatalogException(capitalized(existing.kind()) + " "
            + id(path).asSerializableString() + " is a " + existing.kind() + ", not a "
            + table.kind());
      }
      store.putTable(path, table);
    });
  }

  @Override
  public void renameTable(ObjectPath path, String newName, boolean ignoreIfNotExists) {
    ObjectPath target = new ObjectPath(path.databaseName(), newName);
    locked(() -> {
      CatalogBaseTable existing = store.table(path).orElse(null);
      if (existing == null) {
        if (!ignoreIfNotExists) {
          throw new TableNotExistException("Table or view", id(path));
        }
        return;
      }
      store.table(target).ifPresent(taken -> {
        throw new TableAlreadyExistException(capitalized(taken.kind()), id(target));
      });
      store.putTable(target, existing);
      store.removeTable(path);
    });
  }

  @Override
  public void dropTable(ObjectPath path, boolean ignoreIfNotExists) {
    locked(() -> {
      if (store.table(path).isEmpty()) {
        if (!ignoreIfNotExists) {
          throw new TableNotExistException("Table or view", id(path));
        }
        return;
      }
      store.removeTable(path);
    });
  }

  @Override
  public List<String> listFunctions(String database) {
    return locked(() -> {
      requireDatabase(database);
      return store.functionNames(database).stream().sorted().toList();
    });
  }

  @Override
  public CatalogFunction getFunction(ObjectPath path) {
    ObjectPath key = functionPath(path);
    return locked(() -> store.function(key)
        .orElseThrow(() -> new FunctionNotExistException(id(key))));
  }

  @Override
  public boolean functionExists(ObjectPath path) {
    ObjectPath key = functionPath(path);
    return locked(() -> store.function(key).isPresent());
  }

  @Override
  public void createFunction(ObjectPath path, CatalogFunction function, boolean ignoreIfExists) {
    requireNonNull(function, "function is null");
    if (function.temporary()) {
      throw new IllegalArgumentException(
          "temporary functions belong to the CatalogManager, not to a catalog");
    }
    ObjectPath key = functionPath(path);
    locked(() -> {
      requireDatabase(key.databaseName());
      if (store.function(key).isPresent()) {
        if (!ignoreIfExists) {
          throw new FunctionAlreadyExistException(id(key));
        }
        return;
      }
      store.putFunction(key, function);
    });
  }

  @Override
  public void dropFunction(ObjectPath path, boolean ignoreIfNotExists) {
    ObjectPath key = functionPath(path);
    locked(() -> {
      if (store.function(key).isEmpty()) {
        if (!ignoreIfNotExists) {
          throw new FunctionNotExistException(id(key));
        }
        return;
      }
      store.removeFunction(key);
    });
  }

  @Override
  public void close() {
    store.close();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + name + "]";
  }
}

package io.eddy.catalog.memory;

import io.eddy.catalog.StoredCatalog;

/**
 * A catalog kept in memory, lost when the process ends: Flink's {@code generic_in_memory}
 * catalog, and the {@code default_catalog} every session starts with.
 */
public final class InMemoryCatalog extends StoredCatalog {

  /** The database a new in-memory catalog holds unless told otherwise. */
  public static final String DEFAULT_DATABASE = "default_database";

  public InMemoryCatalog(String name) {
    this(name, DEFAULT_DATABASE);
  }

  public InMemoryCatalog(String name, String defaultDatabase) {
    super(name, defaultDatabase, new MemoryStore());
  }
}

package io.eddy.catalog.file;

import io.eddy.catalog.StoredCatalog;
import java.nio.file.Path;

/**
 * A catalog persisted in a directory as versioned JSON files ({@code 'type' = 'file'}). It
 * survives restarts, and several processes may share one directory: every operation holds an
 * inter-process file lock and reads the disk afresh, and every write is an atomic file move.
 */
public final class FileCatalog extends StoredCatalog {

  private final Path directory;

  public FileCatalog(String name, Path directory, String defaultDatabase) {
    this(name, new FileStore(directory), defaultDatabase);
  }

  private FileCatalog(String name, FileStore store, String defaultDatabase) {
    super(name, defaultDatabase, store);
    this.directory = store.root();
  }

  /** The catalog's directory. */
  public Path directory() {
    return directory;
  }
}

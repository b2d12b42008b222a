package io.eddy.catalog.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eddy.catalog.CatalogBaseTable;
import io.eddy.catalog.CatalogDatabase;
import io.eddy.catalog.CatalogException;
import io.eddy.catalog.CatalogFunction;
import io.eddy.catalog.InvalidSchemaException;
import io.eddy.catalog.MetadataStore;
import io.eddy.catalog.ObjectPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A {@link MetadataStore} in a directory, one JSON file per object:
 * <pre>
 *   &lt;root&gt;/.lock                         held (FileChannel.lock) around every operation
 *   &lt;root&gt;/&lt;db&gt;/database.json
 *   &lt;root&gt;/&lt;db&gt;/tables/&lt;name&gt;.json       tables and views
 *   &lt;root&gt;/&lt;db&gt;/functions/&lt;name&gt;.json
 * </pre>
 * Names are encoded by {@link NameEncoding}. Files are written to a temporary file in the same
 * directory and moved into place atomically, so readers see the old or the new file, never half
 * of one. Nothing is cached: each operation reads the disk, so other processes' changes show.
 */
final class FileStore implements MetadataStore {

  private static final String LOCK_FILE = ".lock";
  private static final String DATABASE_FILE = "database.json";
  private static final String TABLES = "tables";
  private static final String FUNCTIONS = "functions";
  private static final String SUFFIX = ".json";
  private static final String TEMP_MARKER = ".tmp-";

  /** File locks belong to the process, so threads and instances of one process share this. */
  private static final Map<Path, ReentrantLock> PROCESS_LOCKS = new ConcurrentHashMap<>();

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Path root;
  private final ReentrantLock processLock;

  FileStore(Path root) {
    try {
      Files.createDirectories(root);
      this.root = root.toRealPath();
    } catch (IOException e) {
      throw new CatalogException("Cannot open catalog directory '" + root + "': " + e, e);
    }
    this.processLock = PROCESS_LOCKS.computeIfAbsent(this.root, path -> new ReentrantLock());
    locked(() -> {
      removeTemporaryFiles();
      return null;
    });
  }

  Path root() {
    return root;
  }

  @Override
  public <T> T locked(Supplier<T> action) {
    processLock.lock();
    try {
      if (processLock.getHoldCount() > 1) {
        return action.get();
      }
      try (FileChannel channel = FileChannel.open(root.resolve(LOCK_FILE),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock lock = channel.lock();
        try {
          return action.get();
        } finally {
          lock.release();
        }
      } catch (IOException e) {
        throw new CatalogException("Cannot lock catalog directory '" + root + "': " + e, e);
      }
    } finally {
      processLock.unlock();
    }
  }

  private Path databaseDir(String database) {
    return root.resolve(NameEncoding.encode(database));
  }

  private Path tableFile(ObjectPath path) {
    return databaseDir(path.databaseName()).resolve(TABLES)
        .resolve(NameEncoding.encode(path.objectName()) + SUFFIX);
  }

  private Path functionFile(ObjectPath path) {
    return databaseDir(path.databaseName()).resolve(FUNCTIONS)
        .resolve(NameEncoding.encode(path.objectName()) + SUFFIX);
  }

  @Override
  public List<String> databaseNames() {
    List<String> names = new ArrayList<>();
    for (Path dir : list(root)) {
      if (Files.isRegularFile(dir.resolve(DATABASE_FILE))) {
        names.add(NameEncoding.decode(dir.getFileName().toString()));
      }
    }
    return names;
  }

  @Override
  public Optional<CatalogDatabase> database(String name) {
    return read(databaseDir(name).resolve(DATABASE_FILE), CatalogJson::readDatabase);
  }

  @Override
  public void putDatabase(String name, CatalogDatabase database) {
    Path dir = databaseDir(name);
    if (!Files.exists(dir.resolve(DATABASE_FILE))) {
      deleteTree(dir);
    }
    write(dir.resolve(DATABASE_FILE), CatalogJson.database(name, database));
  }

  @Override
  public void removeDatabase(String name) {
    Path dir = databaseDir(name);
    delete(dir.resolve(DATABASE_FILE));
    deleteTree(dir);
  }

  @Override
  public List<String> tableNames(String database) {
    return objectNames(databaseDir(database).resolve(TABLES));
  }

  @Override
  public Optional<CatalogBaseTable> table(ObjectPath path) {
    return read(tableFile(path), CatalogJson::readTable);
  }

  @Override
  public void putTable(ObjectPath path, CatalogBaseTable table) {
    write(tableFile(path), CatalogJson.table(path.objectName(), table));
  }

  @Override
  public void removeTable(ObjectPath path) {
    delete(tableFile(path));
  }

  @Override
  public List<String> functionNames(String database) {
    return objectNames(databaseDir(database).resolve(FUNCTIONS));
  }

  @Override
  public Optional<CatalogFunction> function(ObjectPath path) {
    return read(functionFile(path), CatalogJson::readFunction);
  }

  @Override
  public void putFunction(ObjectPath path, CatalogFunction function) {
    write(functionFile(path), CatalogJson.function(path.objectName(), function));
  }

  @Override
  public void removeFunction(ObjectPath path) {
    delete(functionFile(path));
  }

  private List<String> objectNames(Path dir) {
    List<String> names = new ArrayList<>();
    for (Path file : list(dir)) {
      String fileName = file.getFileName().toString();
      if (fileName.endsWith(SUFFIX) && !fileName.startsWith(".")) {
        names.add(NameEncoding.decode(fileName.substring(0, fileName.length() - SUFFIX.length())));
      }
    }
    return names;
  }

  private <T> Optional<T> read(Path file, Function<JsonNode, T> reader) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new CatalogException("Cannot read catalog file '" + file + "': " + e, e);
    }
    JsonNode node;
    try {
      node = mapper.readTree(bytes);
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr();
      throw new CatalogException("Corrupt catalog file '" + file + "'" + where + ": "
          + firstLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new CatalogException("Cannot read catalog file '" + file + "': " + e, e);
    }
    if (node == null || node.isMissingNode()) {
      throw new CatalogException("Corrupt catalog file '" + file + "': the file is empty");
    }
    try {
      return Optional.of(reader.apply(node));
    } catch (InvalidSchemaException | IllegalArgumentException e) {
      throw new CatalogException("Corrupt catalog file '" + file + "': "
          + firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private void write(Path file, ObjectNode node) {
    Path temp = file.resolveSibling("." + file.getFileName() + TEMP_MARKER + UUID.randomUUID());
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel = createOwnerOnly(temp)) {
        channel.write(java.nio.ByteBuffer.wrap(mapper.writeValueAsBytes(node)));
        channel.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new CatalogException("The file system of catalog directory '" + root
            + "' cannot replace files atomically", e);
      }
    } catch (IOException e) {
      throw new CatalogException("Cannot write catalog file '" + file + "': " + e, e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // the file is named as temporary and is removed when the catalog next opens
      }
    }
  }

  /** Table options may hold secrets, so files are readable by their owner only where possible. */
  private static FileChannel createOwnerOnly(Path file) throws IOException {
    Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return FileChannel.open(file, options,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    return FileChannel.open(file, options);
  }

  private void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new CatalogException("Cannot delete catalog file '" + file + "': " + e, e);
    }
  }

  private void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new CatalogException("Cannot delete catalog directory '" + dir + "': " + e, e);
    }
  }

  private void removeTemporaryFiles() {
    try (Stream<Path> paths = Files.walk(root, 3)) {
      for (Path path : paths.filter(p -> p.getFileName().toString().contains(TEMP_MARKER))
          .toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    } catch (IOException e) {
      throw new CatalogException("Cannot list catalog directory '" + dir + "': " + e, e);
    }
    return entries;
  }
}

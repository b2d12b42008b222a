package io.eddy.catalog.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.Catalog;
import io.eddy.catalog.CatalogContractTest;
import io.eddy.catalog.CatalogDatabase;
import io.eddy.catalog.CatalogException;
import io.eddy.catalog.ObjectPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCatalogTest extends CatalogContractTest {

  @TempDir
  Path directory;

  @Override
  protected Catalog createCatalog() {
    return new FileCatalog("cat", directory, "default_database");
  }

  private static final ObjectPath BIDS = new ObjectPath("db", "bids");

  @Test
  void survivesRestartAndIsHumanReadableVersionedJson() throws IOException {
    catalog.createDatabase("db", CatalogDatabase.empty(), false);
    catalog.createTable(BIDS, bids(), false);
    catalog.close();

    Catalog reopened = createCatalog();
    assertThat(reopened.getTable(BIDS)).isEqualTo(bids());
    String json = Files.readString(directory.resolve("db/tables/bids.json"));
    assertThat(json).contains("\"formatVersion\" : 1", "\"kind\" : \"table\"",
        "\"type\" : \"TIMESTAMP(3)\"", "\"expression\" : \"`auction` * 2\"", "\n  ");
    assertThat(Files.exists(directory.resolve("db/database.json"))).isTrue();
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(directory.resolve("db/tables/bids.json"))))
        .isEqualTo("rw-------");
  }

  @Test
  void secondInstanceSeesChangesOfTheFirst() {
    try (Catalog other = createCatalog()) {
      catalog.createDatabase("db", CatalogDatabase.empty(), false);
      assertThat(other.databaseExists("db")).isTrue();
      other.createTable(BIDS, bids(), false);
      assertThat(catalog.getTable(BIDS)).isEqualTo(bids());
      catalog.dropTable(BIDS, false);
      assertThat(other.tableExists(BIDS)).isFalse();
    }
  }

  @Test
  void leavesNoTemporaryFiles() throws IOException {
    catalog.createDatabase("db", CatalogDatabase.empty(), false);
    for (int i = 0; i < 5; i++) {
      catalog.createTable(new ObjectPath("db", "t" + i), bids(), false);
      catalog.alterTable(new ObjectPath("db", "t" + i), bids(), false);
    }
    try (Stream<Path> files = Files.walk(directory)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.contains(".tmp-"));
    }
  }

  @Test
  void removesTemporaryFilesLeftByACrashWhenOpened() throws IOException {
    Path leftover = Files.writeString(
        directory.resolve("default_database").resolve(".t.json.tmp-123"), "{\"formatVer");
    try (Catalog reopened = createCatalog()) {
      assertThat(reopened.listTables("default_database")).isEmpty();
    }
    assertThat(Files.exists(leftover)).isFalse();
  }

  @Test
  void corruptFilesGiveOneLineErrorsNamingTheFile() throws IOException {
    catalog.createDatabase("db", CatalogDatabase.empty(), false);
    Path tables = Files.createDirectories(directory.resolve("db/tables"));
    Path partial = tables.resolve("partial.json");
    Files.writeString(partial, "{\"formatVersion\": 1, \"kind\": \"tab");
    assertThatThrownBy(() -> catalog.getTable(new ObjectPath("db", "partial")))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("Corrupt catalog file '" + partial.toRealPath() + "' at line 1")
        .hasMessageNotContaining("\n");

    Files.writeString(tables.resolve("empty.json"), "");
    assertThatThrownBy(() -> catalog.getTable(new ObjectPath("db", "empty")))
        .hasMessage("Corrupt catalog file '" + tables.toRealPath().resolve("empty.json")
            + "': the file is empty");

    Files.writeString(tables.resolve("future.json"),
        "{\"formatVersion\": 9, \"kind\": \"table\", \"name\": \"future\"}");
    assertThatThrownBy(() -> catalog.getTable(new ObjectPath("db", "future")))
        .hasMessage("Corrupt catalog file '" + tables.toRealPath().resolve("future.json")
            + "': format version 9 is not supported (this version of Eddy reads up to 1)");

    Files.writeString(tables.resolve("badtype.json"), "{\"formatVersion\": 1, \"kind\": \"table\","
        + " \"columns\": [{\"name\": \"a\", \"kind\": \"physical\", \"type\": \"INTT\"}]}");
    assertThatThrownBy(() -> catalog.getTable(new ObjectPath("db", "badtype")))
        .hasMessage("Corrupt catalog file '" + tables.toRealPath().resolve("badtype.json")
            + "': Invalid type 'INTT' at position 1: unknown type 'INTT'");

    Files.writeString(tables.resolve("nocolumns.json"),
        "{\"formatVersion\": 1, \"kind\": \"table\"}");
    assertThatThrownBy(() -> catalog.getTable(new ObjectPath("db", "nocolumns")))
        .hasMessageEndingWith("nocolumns.json': missing array field 'columns'");
  }

  @Test
  void concurrentThreadsAndInstancesLoseNothing() throws Exception {
    catalog.createDatabase("db", CatalogDatabase.empty(), false);
    List<Thread> threads = new java.util.ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      threads.add(new Thread(() -> {
        try (Catalog own = createCatalog()) {
          for (int i = 0; i < 10; i++) {
            own.createTable(new ObjectPath("db", "t" + thread + "_" + i), bids(), false);
          }
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(catalog.listTables("db")).hasSize(40);
  }
}

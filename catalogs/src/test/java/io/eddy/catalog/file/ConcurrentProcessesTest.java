package io.eddy.catalog.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.catalog.CatalogContractTest;
import io.eddy.catalog.CatalogDatabase;
import io.eddy.catalog.ObjectPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs create tables in one file catalog at the same time; nothing is lost or torn. */
class ConcurrentProcessesTest {

  private static final int TABLES_PER_WRITER = 15;

  @TempDir
  Path directory;

  /** Entry point of the second process: {@code <directory> <prefix> <count>}. */
  public static void main(String[] args) {
    try (FileCatalog catalog = new FileCatalog("cat", Path.of(args[0]), "default_database")) {
      catalog.createDatabase("db", CatalogDatabase.empty(), true);
      for (int i = 0; i < Integer.parseInt(args[2]); i++) {
        catalog.createTable(new ObjectPath("db", args[1] + i), CatalogContractTest.bids(), false);
        catalog.createDatabase("db", CatalogDatabase.empty(), true);
      }
    }
  }

  @Test
  void twoProcessesCreateConcurrently() throws Exception {
    Process other = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        ConcurrentProcessesTest.class.getName(), directory.toString(), "remote_",
        String.valueOf(TABLES_PER_WRITER))
        .redirectErrorStream(true).start();
    Path firstRemote = directory.resolve("db/tables/remote_0.json");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(firstRemote) && other.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    main(new String[] {directory.toString(), "local_", String.valueOf(TABLES_PER_WRITER)});
    assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(other.getInputStream().readAllBytes());
    assertThat(other.exitValue()).as(output).isZero();

    try (FileCatalog catalog = new FileCatalog("cat", directory, "default_database")) {
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < TABLES_PER_WRITER; i++) {
        expected.add("local_" + i);
        expected.add("remote_" + i);
      }
      assertThat(catalog.listTables("db")).containsExactlyInAnyOrderElementsOf(expected);
      for (String name : expected) {
        assertThat(catalog.getTable(new ObjectPath("db", name)))
            .isEqualTo(CatalogContractTest.bids());
      }
    }
    try (Stream<Path> files = Files.walk(directory)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.contains(".tmp-"));
    }
  }
}

package io.eddy.benchmarks.nexmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JSON lines files of the json-file source: one folder per event count and rate under the
 * data directory, holding {@code person/}, {@code auction/} and {@code bid/}. {@link #generate}
 * writes them with Eddy itself ({@code INSERT INTO} filesystem/json tables {@code SELECT} from the
 * nexmark connector), so the files hold exactly the generator's events.
 */
final class JsonFiles {

    static final List<String> TABLES = List.of("person", "auction", "bid");

    private JsonFiles() {
    }

    /** The folder of the files for these arguments' event count and rate. */
    static Path directory(BenchArguments arguments) {
        return arguments.dataDirectory().resolve("json-" + arguments.events() + "-tps" + arguments.eventsPerSecond());
    }

    /** The folder of the files, failing with a hint when they were not generated. */
    static Path existingDirectory(BenchArguments arguments) {
        Path directory = directory(arguments);
        if (!Files.isDirectory(directory.resolve("bid"))) {
            throw new IllegalArgumentException("No JSON files in " + directory + ". Hint: bin/eddy-bench generate --events "
                    + arguments.events() + (arguments.eventsPerSecond() == 10_000_000L ? "" : " --tps " + arguments.eventsPerSecond())
                    + (arguments.dataDirectory().endsWith("benchmarks/target/nexmark-data") ? "" : " --data-dir " + arguments.dataDirectory()));
        }
        return directory;
    }

    /** The regular, visible files of the three tables (what the filesystem source reads). */
    static List<Path> files(Path directory) {
        try (Stream<Path> paths = TABLES.stream().map(directory::resolve).filter(Files::isDirectory).flatMap(JsonFiles::list)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith(".") && !path.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        }
    }

    private static Stream<Path> list(Path directory) {
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the files (unless they exist) and returns their folder. */
    static Path generate(BenchArguments arguments, NexmarkSql sql) throws SQLException, IOException {
        Path directory = directory(arguments);
        if (Files.isDirectory(directory.resolve("bid"))) {
            return directory;
        }
        Path partial = directory.resolveSibling(directory.getFileName() + ".partial");
        deleteRecursively(partial);
        Files.createDirectories(partial);
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET 'table.dml-sync' = 'true'");
            for (String ddl : sql.ddl("nexmark", QueryRun.generatorValues(arguments))) {
                statement.execute(ddl.replaceFirst("^CREATE TABLE (\\w+)", "CREATE TABLE $1_generator"));
            }
            for (String ddl : sql.ddl("json-file", Map.of("DATA_DIR", partial.toString()))) {
                statement.execute(ddl);
            }
            for (String table : TABLES) {
                statement.execute("INSERT INTO " + table + " SELECT * FROM " + table + "_generator");
            }
        }
        Files.move(partial, directory);
        return directory;
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

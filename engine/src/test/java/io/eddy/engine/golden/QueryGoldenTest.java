package io.eddy.engine.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code src/test/resources/queries/*.sql} file (statements with their expected
 * output) at parallelism 1 and at parallelism 4, each run on its own engine. Query results are
 * compared in canonical form: changes applied to a table, rows sorted. Both runs must give the
 * file's output. With {@code -Deddy.golden.update=true} the files are rewritten with the output
 * of the parallelism-1 run, to be reviewed as a diff; the parallelism-4 run is still checked.
 * In statements, {@code ${tmp}} stands for a fresh temporary directory and {@code ${resources}}
 * for {@code src/test/resources/queries/data}.
 */
class QueryGoldenTest {

    static final Path DIRECTORY = Path.of("src", "test", "resources", "queries");
    private static final boolean UPDATE = Boolean.getBoolean("eddy.golden.update");

    @TempDir
    Path temporary;

    /** The SQL result files, sorted; {@code -Deddy.golden.only=text} keeps those whose name contains the text. */
    static List<Path> files() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(DIRECTORY)) {
            files = listing.filter(path -> path.toString().endsWith(".sql"))
                    .filter(path -> path.getFileName().toString().contains(System.getProperty("eddy.golden.only", "")))
                    .sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files;
    }

    @TestFactory
    Stream<DynamicTest> queryFiles() throws IOException {
        return files().stream().flatMap(file -> Stream.of(1, 4).map(parallelism -> DynamicTest.dynamicTest(
                file.getFileName() + " at parallelism " + parallelism, () -> check(file, parallelism))));
    }

    private void check(Path file, int parallelism) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        SqlScript script = SqlScript.parse(text);
        Path tmp = Files.createTempDirectory(temporary, "query");
        String resources = DIRECTORY.resolve("data").toAbsolutePath().toString();
        List<String> actual = new ArrayList<>();
        String url = "jdbc:eddy:?set.parallelism.default=" + parallelism;
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (SqlScript.Entry entry : script.entries()) {
                String sql = entry.statement().replace("${tmp}", tmp.toString()).replace("${resources}", resources);
                actual.add(OutputFormatter.run(statement, sql, true));
            }
        }
        String rendered = script.render(actual);
        if (UPDATE && parallelism == 1) {
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
            return;
        }
        assertThat(rendered).as("output of %s at parallelism %s (rerun with -Deddy.golden.update=true to accept)",
                file, parallelism).isEqualTo(UPDATE ? Files.readString(file, StandardCharsets.UTF_8) : text);
    }
}

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
 * Runs every {@code src/test/resources/sql/*.sql} file through JDBC, statement by statement, each
 * file on its own engine, and compares what a user sees with the expected output in the file.
 * With {@code -Deddy.golden.update=true} the files are rewritten with the actual output instead,
 * to be reviewed as a diff. In statements, {@code ${tmp}} stands for a fresh temporary directory.
 */
class SqlGoldenTest {

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "sql");
    private static final boolean UPDATE = Boolean.getBoolean("eddy.golden.update");

    @TempDir
    Path temporary;

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(DIRECTORY)) {
            files = listing.filter(path -> path.toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private void check(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        SqlScript script = SqlScript.parse(text);
        Path tmp = Files.createTempDirectory(temporary, "golden");
        List<String> actual = new ArrayList<>();
        String url = "jdbc:eddy:?golden.file=" + file.getFileName();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (SqlScript.Entry entry : script.entries()) {
                actual.add(OutputFormatter.run(statement, entry.statement().replace("${tmp}", tmp.toString())));
            }
        }
        String rendered = script.render(actual);
        if (UPDATE) {
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
            return;
        }
        assertThat(rendered).as("output of %s (rerun with -Deddy.golden.update=true to accept)", file)
                .isEqualTo(text);
    }
}

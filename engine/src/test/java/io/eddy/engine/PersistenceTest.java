package io.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code catalog.dir}, {@code default_catalog} keeps its objects across engines: after every
 * connection closed (which closes the engine) and in another JVM.
 */
class PersistenceTest {

    @TempDir
    Path directory;

    @Test
    void objectsSurviveTheEngine() throws SQLException {
        String url = url(directory);
        String ddl;
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE shop");
            statement.execute("CREATE TABLE shop.orders (id BIGINT, amount DECIMAL(10, 2), "
                    + "PRIMARY KEY (id) NOT ENFORCED) WITH ('connector' = 'datagen')");
            statement.execute("CREATE VIEW shop.big AS SELECT id FROM shop.orders WHERE amount > 10");
            statement.execute("USE shop");
            statement.execute("CREATE FUNCTION shout AS 'io.eddy.engine.testplugins.Shout'");
            statement.execute("CREATE TEMPORARY TABLE scratch (x INT) WITH ('connector' = 'datagen')");
            ddl = single(statement, "SHOW CREATE TABLE shop.orders");
        }
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("USE shop");
            assertThat(column(statement, "SHOW TABLES")).containsExactly("big", "orders");
            assertThat(column(statement, "SHOW VIEWS")).containsExactly("big");
            assertThat(column(statement, "SHOW USER FUNCTIONS")).containsExactly("shout");
            assertThat(single(statement, "SHOW CREATE TABLE orders")).isEqualTo(ddl);
            assertThat(column(statement, "SHOW TABLES FROM default_database")).isEmpty();
        }
    }

    @Test
    void anotherProcessSharesTheCatalogWhileThisOneRuns() throws Exception {
        try (Connection connection = DriverManager.getConnection(url(directory));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id BIGINT) WITH ('connector' = 'datagen')");
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ListTablesProgram.class.getName(), url(directory),
                    "CREATE TABLE made_elsewhere (id BIGINT) WITH ('connector' = 'blackhole')")
                    .redirectErrorStream(true).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the other process finished").isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output.lines().filter(line -> line.startsWith("table:")).toList())
                    .containsExactly("table: kept", "table: made_elsewhere");
            assertThat(column(statement, "SHOW TABLES")).containsExactly("kept", "made_elsewhere");
        }
    }

    @Test
    void anUnusableDirectoryIsReportedInOneLine() throws Exception {
        File file = directory.resolve("not-a-directory").toFile();
        assertThat(file.createNewFile()).isTrue();
        try {
            DriverManager.getConnection(url(file.toPath())).close();
            throw new AssertionError("expected a failure");
        } catch (SQLException e) {
            assertThat(e.getMessage()).doesNotContain("\n").contains("not-a-directory");
        }
    }

    static String url(Path catalogDirectory) {
        return "jdbc:eddy:?catalog.dir=" + URLEncoder.encode(catalogDirectory.toString(), StandardCharsets.UTF_8);
    }

    private static String single(Statement statement, String sql) throws SQLException {
        List<String> values = column(statement, sql);
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    private static List<String> column(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}

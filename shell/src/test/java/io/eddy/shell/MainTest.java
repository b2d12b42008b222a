package io.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final String URL = "jdbc:eddy:?engine=scripted";

    @TempDir
    Path directory;

    /** The exit status and both streams of one in-process run. */
    private record Run(int status, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, Map.of());
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String[] args(String... args) {
        List<String> all = new ArrayList<>(List.of("-u", URL));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Test
    void executesStatementsFromTheCommandLine() {
        Run run = run("", args("-e", "CREATE TABLE t (a INT); INSERT INTO t VALUES (1); SET 'x' = 'y'"));
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("""
                [INFO] Table has been created.
                [INFO] SQL update statement has been successfully submitted to the cluster:
                Job ID: 4f1c2d3e
                [INFO] Execute statement succeeded.
                """);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void scriptWaitsForTheJobsItStartedToFinish() throws IOException {
        Path script = directory.resolve("pipeline.sql");
        Files.writeString(script, """
                CREATE TABLE numbers (n BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '2000',
                  'rows-per-second' = '4000');
                CREATE TABLE nowhere (n BIGINT) WITH ('connector' = 'blackhole');
                INSERT INTO nowhere SELECT n FROM numbers;
                """);
        Run run = run("", "-u", "jdbc:eddy:", "-f", script.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Job ID: ").containsPattern("Waiting for 1 job to finish \\(\\w+\\)");
    }

    @Test
    void scriptStopsAtTheFirstErrorWithTheFileLine() throws IOException {
        Path script = directory.resolve("script.sql");
        Files.writeString(script, "-- a script\nCREATE TABLE t (a INT);\n\nSELECT *\n  FROM missing;\nCREATE TABLE never (a INT);\n");
        Run run = run("", args("-f", script.toString()));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("[INFO] Table has been created.\n");
        assertThat(run.err()).isEqualTo("[ERROR] script.sql: line 5, column 6: Object 'missing' not found\n");
    }

    @Test
    void scriptWithByteOrderMarkAndWindowsLineEndsRuns() throws IOException {
        Path script = directory.resolve("windows.sql");
        Files.writeString(script, "\uFEFFCREATE TABLE t (a INT);\r\nSET 'a' = 'b';\r\n");
        Run run = run("", args("-f", script.toString()));
        assertThat(run).isEqualTo(new Run(0, "[INFO] Table has been created.\n[INFO] Execute statement succeeded.\n", ""));
    }

    @Test
    void errorOnTheFirstLineOfAStatementShiftsTheColumn() throws IOException {
        Path script = directory.resolve("first.sql");
        Files.writeString(script, "SET 'a' = 'b';   SELECT oops FROM t;\n");
        Run run = run("", args("-f", script.toString()));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("""
                [ERROR] first.sql: line 1, column 25: Column 'oops' not found in any table
                [HINT] Did you mean 'ops'?
                """);
    }

    @Test
    void runsStandardInputWithoutPrompts() {
        Run run = run("SELECT *\nFROM changes;\nQUIT;\nSELECT never;\n", args());
        assertThat(run.status()).isZero();
        assertThat(run.out()).doesNotContain("eddy>").contains("| +U |").endsWith("Received a total of 4 rows\n");
    }

    @Test
    void standardInputErrorsNameTheLine() {
        Run run = run("CREATE TABLE t (a INT);\n\nSELECT 1,\n  missing;\nCREATE TABLE never (a INT);\n", args());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("[INFO] Table has been created.\n");
        assertThat(run.err()).isEqualTo("[ERROR] stdin: line 4, column 6: Object 'missing' not found\n");
    }

    @Test
    void initFileFailureStopsBeforeTheScript() throws IOException {
        Path init = directory.resolve("init.sql");
        Files.writeString(init, "SELECT oops;");
        Run run = run("", args("-i", init.toString(), "-e", "CREATE TABLE t (a INT)"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("[ERROR] init.sql: line 1, column 8: Column 'oops' not found");
    }

    @Test
    void initFileRunsBeforeStandardInput() throws IOException {
        Path init = directory.resolve("init.sql");
        Files.writeString(init, "CREATE TABLE t (a INT);");
        Run run = run("SET 'k' = 'v';", args("-i", init.toString()));
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("[INFO] Table has been created.\n[INFO] Execute statement succeeded.\n");
    }

    @Test
    void passesConnectionPropertiesFromTheCommandLine() {
        assertThat(run("", "-D", "engine=scripted", "-e", "SET 'a' = 'b'").status()).isZero();
        assertThat(run("", "-Dengine=scripted", "-e", "SET 'a' = 'b'").status()).isZero();
        assertThat(run("", "-D", "engine", "-e", "SET 'a' = 'b'"))
                .isEqualTo(new Run(1, "", "[ERROR] Expected -D key=value, got 'engine'\n"));
    }

    @Test
    void explainPrintsPlainText() {
        Run run = run("", args("-e", "EXPLAIN SELECT * FROM numbers"));
        assertThat(run.out()).isEqualTo("== Physical Plan ==\nTableSourceScan(table=[[numbers]], fields=[id, name])\n");
    }

    @Test
    void reportsBadArgumentsAndMissingFiles() {
        assertThat(run("", "--bogus")).isEqualTo(new Run(1, "", "[ERROR] Unknown argument '--bogus' (see eddy --help)\n"));
        assertThat(run("", "-f")).isEqualTo(new Run(1, "", "[ERROR] Option -f needs a value (see eddy --help)\n"));
        assertThat(run("", args("-f", "/no/such.sql")))
                .isEqualTo(new Run(1, "", "[ERROR] Cannot read /no/such.sql: no such file\n"));
        assertThat(run("", "-u", "jdbc:eddy:?engine=nope", "-e", "SELECT 1").err())
                .startsWith("[ERROR] No Eddy engine named 'nope'");
    }

    @Test
    void printsHelpAndVersion() {
        Run help = run("", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("-f, --file FILE", "-e, --execute SQL", "-i, --init FILE", "-D KEY=VALUE",
                "--verbose", "--version", "-u, --url URL");
        assertThat(run("", "--version")).isEqualTo(new Run(0, "Eddy 0.1.0-SNAPSHOT\n", ""));
    }

    @Test
    void verboseShowsStackTraces() {
        assertThat(run("", args("-e", "SELECT oops")).err()).doesNotContain("\tat ");
        assertThat(run("", args("--verbose", "-e", "SELECT oops")).err()).contains("\tat ");
    }

    @Test
    void helpCommandListsStatements() {
        Run run = run("", args("-e", "help;"));
        assertThat(run.out()).startsWith("Statements (Flink SQL").contains("QUIT; or EXIT;");
    }

    @Test
    void scriptsPrintQueriesAsTableauInEveryModeAndGoOnWhenTheyEnd() {
        Run run = run("", "-u", "jdbc:eddy:?engine=changing", "-e",
                "SET 'sql-client.execution.result-mode' = 'table'; SELECT * FROM ticker; SHOW DATABASES");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("[INFO] Execute statement succeeded.\n" + ChangingEngineProvider.TICKER_TABLEAU + """
                +--------------------------------+
                |                  database name |
                +--------------------------------+
                |               default_database |
                +--------------------------------+
                1 row in set
                """);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void rejectsUnknownResultModes() throws IOException {
        Path script = directory.resolve("modes.sql");
        Files.writeString(script, "SET 'sql-client.execution.result-mode' = 'tableau';\n"
                + "SET 'sql-client.execution.result-mode' = 'pretty';\nSELECT * FROM numbers;\n");
        assertThat(run("", args("-f", script.toString()))).isEqualTo(new Run(1,
                "[INFO] Execute statement succeeded.\n",
                "[ERROR] modes.sql: line 2: Invalid value 'pretty' for 'sql-client.execution.result-mode': "
                        + "expected 'table', 'changelog' or 'tableau'\n"));
        assertThat(run("", args("-D", "sql-client.execution.result-mode=pretty", "-e", "SELECT 1"))).isEqualTo(
                new Run(1, "", "[ERROR] Invalid value 'pretty' for 'sql-client.execution.result-mode': "
                        + "expected 'table', 'changelog' or 'tableau'\n"));
    }

    @Test
    void resultModeStartsFromTheCommandLineOrFlinksDefaults() {
        assertThat(Main.initialMode(ShellOptions.parse(new String[0]), true)).isEqualTo(ResultMode.TABLE);
        assertThat(Main.initialMode(ShellOptions.parse(new String[0]), false)).isEqualTo(ResultMode.TABLEAU);
        assertThat(Main.initialMode(ShellOptions.parse(new String[] {"-Dsql-client.execution.result-mode=Changelog"}),
                true)).isEqualTo(ResultMode.CHANGELOG);
    }

    @Test
    void historyFileFollowsEddyHome() {
        assertThat(Main.historyFile(Map.of("EDDY_HOME", "/tmp/eddy-home"))).isEqualTo(Path.of("/tmp/eddy-home/history"));
        assertThat(Main.historyFile(Map.of()).toString()).endsWith("/.eddy/history");
    }
}

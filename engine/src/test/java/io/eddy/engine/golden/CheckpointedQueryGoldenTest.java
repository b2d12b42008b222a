package io.eddy.engine.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.engine.GatedEngineProvider;
import io.eddy.engine.SourceGate;
import io.eddy.runtime.execution.CheckpointStorage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpointing as a test dimension (EXAMPLES.md 10): every {@code queries/*.sql} file runs again,
 * and each statement that starts a job (a query or an INSERT) runs as a crash and a recovery:
 * <ol>
 *   <li>the job starts at parallelism 2 with its sources held back by the {@link SourceGate}, so
 *       each source reader emits a few records (or all of its split) and then waits, mid-stream;</li>
 *   <li>a checkpoint is taken after every reader paused (periodic checkpoints into a directory);</li>
 *   <li>the job is stopped without a savepoint, a simulated failure: what its sinks did not commit
 *       is lost (a query's result keeps only the changes sent before the checkpoint);</li>
 *   <li>the same statement runs again at parallelism 3 with {@code execution.state-recovery.path}
 *       set to the job's checkpoint directory, and runs to its end.</li>
 * </ol>
 * A query's output is the changes of the first run followed by those of the recovered run; an
 * INSERT's effect is seen by the file's later queries. Both must equal the file's expected output
 * exactly. Every file runs so twice: on the heap backend, and on RocksDB with incremental checkpoints
 * (the recovered run at parallelism 3 rebuilds its key groups from the shared SST files of the
 * checkpoint's two subtasks). Statements that fail before a checkpoint could be taken (expected errors) run once, as
 * in {@link QueryGoldenTest}; {@link #NOT_CHECKPOINTED} lists any job statement that cannot run
 * as a recovery and why. {@code -Deddy.golden.only=12_} runs only the files whose name contains
 * the text (in both tests).
 */
class CheckpointedQueryGoldenTest {

    private static final int RECORDS_BEFORE_PAUSE = 3;
    private static final long TIMEOUT_MILLIS = 20_000;

    /** "file:line" of job statements that run without the recovery, with the reason. */
    private static final Map<String, String> NOT_CHECKPOINTED = Map.of(
            "42_order_by_limit.sql:41", "LIMIT 0 plans a job that reads nothing and ends at once: no stream to checkpoint");

    @TempDir
    Path temporary;

    @TestFactory
    Stream<DynamicTest> queryFilesRecoverFromACheckpoint() throws IOException {
        return QueryGoldenTest.files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName() + " with a checkpoint, a failure and a restore",
                () -> check(file, List.of())));
    }

    /** The same on RocksDB with incremental checkpoints: the restore at another parallelism reads the shared SST files. */
    @TestFactory
    Stream<DynamicTest> queryFilesRecoverFromAnIncrementalRocksDbCheckpoint() throws IOException {
        return QueryGoldenTest.files().stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName() + " on RocksDB with an incremental checkpoint, a failure and a restore",
                () -> check(file, List.of("SET 'state.backend.type' = 'rocksdb'",
                        "SET 'state.backend.rocksdb.localdir' = '" + Files.createTempDirectory(temporary, "rocksdb") + "'",
                        "SET 'execution.checkpointing.incremental' = 'true'"))));
    }

    private void check(Path file, List<String> settings) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        SqlScript script = SqlScript.parse(text);
        Path tmp = Files.createTempDirectory(temporary, "query");
        Path checkpoints = Files.createTempDirectory(temporary, "checkpoints");
        String resources = QueryGoldenTest.DIRECTORY.resolve("data").toAbsolutePath().toString();
        List<String> actual = new ArrayList<>();
        List<String> notCheckpointed = new ArrayList<>();
        String url = "jdbc:eddy:?engine=" + GatedEngineProvider.NAME + "&set.parallelism.default=2";
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             Statement control = connection.createStatement()) {
            control.execute("SET 'execution.checkpointing.interval' = '20 ms'");
            control.execute("SET 'execution.checkpointing.dir' = '" + checkpoints + "'");
            // The test makes its own failures; a query that fails (an expected error) must not be restarted.
            control.execute("SET 'restart-strategy.type' = 'none'");
            for (String setting : settings) {
                control.execute(setting);
            }
            Run run = new Run(statement, control);
            for (SqlScript.Entry entry : script.entries()) {
                String sql = entry.statement().replace("${tmp}", tmp.toString()).replace("${resources}", resources);
                String where = file.getFileName() + ":" + entry.line();
                if (!startsJob(sql)) {
                    run.track(sql);
                    actual.add(OutputFormatter.run(statement, sql, true));
                } else if (NOT_CHECKPOINTED.containsKey(where)) {
                    actual.add(OutputFormatter.run(statement, sql, true));
                } else {
                    Recovered recovered = run.recovered(sql);
                    actual.add(recovered.output());
                    if (!recovered.checkpointed()) {
                        notCheckpointed.add(where);
                    }
                }
            }
        } finally {
            SourceGate.open();
        }
        assertThat(script.render(actual)).as("output of %s with a checkpoint, a failure and a restore", file).isEqualTo(text);
        assertThat(notCheckpointed).as("job statements of %s that ended before a checkpoint (list them in NOT_CHECKPOINTED "
                + "with the reason)", file).isEmpty();
    }

    private static boolean startsJob(String sql) {
        String head = sql.strip().toUpperCase(Locale.ROOT);
        return head.startsWith("SELECT") || head.startsWith("WITH") || head.startsWith("INSERT")
                || head.startsWith("EXECUTE") || head.startsWith("(");
    }

    /** A statement's output, and whether it ran as a crash and a recovery. */
    private record Recovered(String output, boolean checkpointed) {
    }

    /** The statements of one file on one connection. */
    private static final class Run {
        private final Statement statement;
        private final Statement control;
        private boolean dmlSync;

        Run(Statement statement, Statement control) {
            this.statement = statement;
            this.control = control;
        }

        /** Follows the file's own {@code table.dml-sync}, which the first run of an INSERT must not obey. */
        void track(String sql) {
            String normalized = sql.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (normalized.startsWith("set 'table.dml-sync' = ")) {
                dmlSync = normalized.contains("'true'");
            }
        }

        Recovered recovered(String sql) throws Exception {
            boolean query = !sql.strip().toUpperCase(Locale.ROOT).startsWith("INSERT")
                    && !sql.strip().toUpperCase(Locale.ROOT).startsWith("EXECUTE");
            List<String> jobsBefore = jobIds();
            SourceGate.close(RECORDS_BEFORE_PAUSE);
            CompletableFuture<List<OutputFormatter.Change>> firstChanges = null;
            List<String> columns = null;
            try {
                if (query) {
                    ResultSet result = statement.executeQuery(sql);
                    columns = OutputFormatter.columnNames(result);
                    firstChanges = CompletableFuture.supplyAsync(() -> readAll(result));
                } else {
                    control.execute("SET 'table.dml-sync' = 'false'");
                    try {
                        statement.execute(sql);
                    } finally {
                        control.execute("SET 'table.dml-sync' = '" + dmlSync + "'");
                    }
                }
            } catch (SQLException e) {
                SourceGate.open();
                return new Recovered(OutputFormatter.error(e), true);
            }
            String jobId = newJob(jobsBefore);
            if (!awaitPauseAndCheckpoint(jobId)) {
                // The job ended before every source paused (it failed, or finished): run it plainly.
                if (status(jobId).equals("RUNNING")) {
                    control.execute("STOP JOB '" + jobId + "'");
                }
                SourceGate.open();
                if (firstChanges != null) {
                    firstChanges.handle((changes, failure) -> null).get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                }
                return new Recovered(OutputFormatter.run(statement, sql, true), false);
            }
            control.execute("STOP JOB '" + jobId + "'");
            List<OutputFormatter.Change> changes = new ArrayList<>();
            if (firstChanges != null) {
                changes.addAll(firstChanges.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
            }
            SourceGate.open();
            control.execute("SET 'parallelism.default' = '3'");
            control.execute("SET 'execution.state-recovery.path' = '" + checkpointPath(jobId) + "'");
            try {
                if (query) {
                    try (ResultSet result = statement.executeQuery(sql)) {
                        changes.addAll(OutputFormatter.read(result));
                    } catch (SQLException e) {
                        return new Recovered(OutputFormatter.error(e), true);
                    }
                    return new Recovered(OutputFormatter.noBlankLines(OutputFormatter.table(columns, changes, true)), true);
                }
                return new Recovered(OutputFormatter.run(statement, sql, true), true);
            } finally {
                control.execute("RESET 'execution.state-recovery.path'");
                control.execute("SET 'parallelism.default' = '2'");
            }
        }

        private static List<OutputFormatter.Change> readAll(ResultSet result) {
            try (result) {
                return OutputFormatter.read(result);
            } catch (SQLException e) {
                throw new IllegalStateException("the first run failed: " + e.getMessage(), e);
            }
        }

        /** Waits until every source paused and a checkpoint completed after that; false when the job ended first. */
        private boolean awaitPauseAndCheckpoint(String jobId) throws Exception {
            long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
            while (!SourceGate.allPaused()) {
                if (!status(jobId).equals("RUNNING") || System.currentTimeMillis() > deadline) {
                    return false;
                }
                Thread.sleep(2);
            }
            // The checkpoint after the one in flight now: that one may have been triggered before the pause.
            Path directory = Path.of(checkpointPath(jobId));
            long before = latestCheckpoint(directory);
            while (latestCheckpoint(directory) < before + 2) {
                if (!status(jobId).equals("RUNNING") || System.currentTimeMillis() > deadline) {
                    return false;
                }
                Thread.sleep(2);
            }
            return true;
        }

        private static long latestCheckpoint(Path directory) {
            try {
                return CheckpointStorage.loadFrom(directory).checkpointId();
            } catch (IOException e) {
                return 0;
            }
        }

        private List<String> jobIds() throws SQLException {
            List<String> ids = new ArrayList<>();
            try (ResultSet jobs = control.executeQuery("SHOW JOBS")) {
                while (jobs.next()) {
                    ids.add(jobs.getString("job id"));
                }
            }
            return ids;
        }

        private String newJob(List<String> before) throws SQLException {
            List<String> now = jobIds();
            now.removeAll(before);
            assertThat(now).as("the statement started one job").hasSize(1);
            return now.get(0);
        }

        private Map<String, String> job(String jobId) throws SQLException {
            try (ResultSet jobs = control.executeQuery("SHOW JOBS")) {
                while (jobs.next()) {
                    if (jobs.getString("job id").equals(jobId)) {
                        Map<String, String> row = new TreeMap<>();
                        row.put("status", jobs.getString("status"));
                        row.put("checkpoint path", jobs.getString("checkpoint path"));
                        return row;
                    }
                }
            }
            throw new AssertionError("job " + jobId + " is not listed");
        }

        private String status(String jobId) throws SQLException {
            return job(jobId).get("status");
        }

        private String checkpointPath(String jobId) throws SQLException {
            return job(jobId).get("checkpoint path");
        }
    }
}

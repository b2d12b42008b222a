package io.eddy.engine.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.runtime.execution.CheckpointStorage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints, savepoints and recovery from SQL, through JDBC: a windowed aggregation over a
 * throttled Nexmark stream writes into a filesystem table (part files committed on checkpoints);
 * the job is interrupted, a new engine (as after a crash) runs the same statements with
 * {@code execution.state-recovery.path}, and the table must hold exactly what an uninterrupted
 * run writes.
 */
class RecoveryTest {

    private static final String BIDS = "CREATE TABLE bids (auction BIGINT, bidder BIGINT, price BIGINT, date_time TIMESTAMP(3), "
            + "WATERMARK FOR date_time AS date_time) WITH ('connector' = 'nexmark', 'table' = 'bid', "
            + "'max-events' = '4000', 'events-per-second' = '2000', 'seed' = '7')";
    private static final String INSERT = "INSERT INTO hot SELECT window_start, window_end, auction, COUNT(*) AS bids, "
            + "MAX(price) AS top FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '1' SECOND)) "
            + "GROUP BY window_start, window_end, auction";

    private static List<String> uninterrupted;

    @TempDir
    Path temporary;

    private static String hot(Path directory) {
        return "CREATE TABLE hot (window_start TIMESTAMP(3), window_end TIMESTAMP(3), auction BIGINT, bids BIGINT, top BIGINT) "
                + "WITH ('connector' = 'filesystem', 'path' = '" + directory + "', 'format' = 'json')";
    }

    /** The statements that define and start the pipeline, as a user would run them again after a crash. */
    private static void pipeline(Statement statement, Path output) throws SQLException {
        statement.execute(BIDS);
        statement.execute(hot(output));
        statement.execute(INSERT);
    }

    private static Connection connect(int parallelism) throws SQLException {
        return DriverManager.getConnection("jdbc:eddy:?set.parallelism.default=" + parallelism);
    }

    /** What the pipeline writes when nothing interrupts it (computed once). */
    private List<String> uninterruptedRun() throws Exception {
        if (uninterrupted == null) {
            uninterrupted = runUninterrupted();
        }
        return uninterrupted;
    }

    private List<String> runUninterrupted() throws Exception {
        Path output = Files.createDirectories(temporary.resolve("uninterrupted"));
        try (Connection connection = connect(1); Statement statement = connection.createStatement()) {
            statement.execute("SET 'table.dml-sync' = 'true'");
            pipeline(statement, output);
            return rows(statement, output);
        }
    }

    private static List<String> rows(Statement statement, Path output) throws SQLException {
        statement.execute("CREATE TEMPORARY TABLE written (window_start TIMESTAMP(3), window_end TIMESTAMP(3), auction BIGINT, "
                + "bids BIGINT, top BIGINT) WITH ('connector' = 'filesystem', 'path' = '" + output + "', 'format' = 'json')");
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT * FROM written")) {
            while (result.next()) {
                rows.add(result.getString(1) + "," + result.getString(2) + "," + result.getLong(3) + "," + result.getLong(4)
                        + "," + result.getLong(5));
            }
        }
        rows.sort(null);
        return rows;
    }

    /** The single job's id and checkpoint path, from SHOW JOBS. */
    private static String[] job(Statement statement) throws SQLException {
        try (ResultSet jobs = statement.executeQuery("SHOW JOBS")) {
            assertThat(jobs.next()).isTrue();
            return new String[] {jobs.getString("job id"), jobs.getString("checkpoint path"), jobs.getString("status")};
        }
    }

    /** Waits until checkpoint {@code id} (or a later one) of a job is complete. */
    private static void awaitCheckpoints(Path jobDirectory, int id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (latestCheckpoint(jobDirectory) < id && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(latestCheckpoint(jobDirectory)).as("latest complete checkpoint in " + jobDirectory).isGreaterThanOrEqualTo(id);
    }

    private static long latestCheckpoint(Path jobDirectory) {
        try {
            return CheckpointStorage.loadFrom(jobDirectory).checkpointId();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Waits until a checkpoint committed a part file (hidden files are in progress). */
    private static void awaitCommittedOutput(Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.walk(output)) {
                if (files.anyMatch(file -> Files.isRegularFile(file) && !file.getFileName().toString().startsWith("."))) {
                    return;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no part file was committed in " + output);
    }

    /** Runs the pipeline with checkpoints, stops it after checkpoint {@code stopAfter}; returns its checkpoint path. */
    private Path interruptedRun(Path output, Path checkpoints, int stopAfter, int retained, String... settings) throws Exception {
        try (Connection connection = connect(1); Statement statement = connection.createStatement()) {
            for (String setting : settings) {
                statement.execute(setting);
            }
            statement.execute("SET 'execution.checkpointing.interval' = '100 ms'");
            statement.execute("SET 'state.checkpoints.dir' = '" + checkpoints + "'");
            statement.execute("SET 'state.checkpoints.num-retained' = '" + retained + "'");
            pipeline(statement, output);
            String[] job = job(statement);
            assertThat(job[1]).isEqualTo(checkpoints.resolve(job[0]).toString());
            awaitCommittedOutput(output);
            awaitCheckpoints(Path.of(job[1]), stopAfter);
            statement.execute("STOP JOB '" + job[0] + "'");
            assertThat(job(statement)[2]).as("the job was interrupted before its input ended").isIn("CANCELED", "RUNNING");
            return Path.of(job[1]);
        }
    }

    /** A new engine runs the same statements from {@code recoveryPath} and waits for the job to finish. */
    private static List<String> resumedRun(Path output, String recoveryPath, int parallelism, String... settings) throws Exception {
        try (Connection connection = connect(parallelism); Statement statement = connection.createStatement()) {
            statement.execute("SET 'table.dml-sync' = 'true'");
            for (String setting : settings) {
                statement.execute(setting);
            }
            statement.execute("SET 'execution.state-recovery.path' = '" + recoveryPath + "'");
            pipeline(statement, output);
            statement.execute("RESET 'execution.state-recovery.path'");
            return rows(statement, output);
        }
    }

    @Test
    void aCancelledJobResumedFromItsCheckpointDirectoryWritesExactlyTheUninterruptedResult() throws Exception {
        List<String> expected = uninterruptedRun();
        assertThat(expected).hasSizeGreaterThan(50);
        Path output = Files.createDirectories(temporary.resolve("resumed"));
        Path jobCheckpoints = interruptedRun(output, temporary.resolve("checkpoints"), 2, 1);
        try (Connection connection = connect(1); Statement statement = connection.createStatement()) {
            assertThat(rows(statement, output)).as("the interrupted run committed part of the result")
                    .isNotEmpty().hasSizeLessThan(expected.size());
        }
        assertThat(resumedRun(output, jobCheckpoints.toString(), 1)).isEqualTo(expected);
    }

    @Test
    void stopWithSavepointThenRestoreAtParallelismTwoOnRocksDbWritesExactlyTheUninterruptedResult() throws Exception {
        List<String> expected = uninterruptedRun();
        Path output = Files.createDirectories(temporary.resolve("savepointed"));
        Path savepoints = temporary.resolve("savepoints");
        String savepoint;
        try (Connection connection = connect(1); Statement statement = connection.createStatement()) {
            pipeline(statement, output);
            String jobId = job(statement)[0];
            assertThatThrownBy(() -> statement.execute("STOP JOB '" + jobId + "' WITH SAVEPOINT"))
                    .isInstanceOf(EddySqlException.class)
                    .hasMessage("No savepoint directory is set");
            Thread.sleep(300);
            statement.execute("SET 'execution.checkpointing.savepoint-dir' = '" + savepoints + "'");
            try (ResultSet result = statement.executeQuery("STOP JOB '" + jobId + "' WITH SAVEPOINT")) {
                assertThat(result.getMetaData().getColumnLabel(1)).isEqualTo("savepoint path");
                assertThat(result.next()).isTrue();
                savepoint = result.getString(1);
            }
            assertThat(job(statement)[2]).isEqualTo("CANCELED");
        }
        assertThat(Path.of(savepoint).getParent()).isEqualTo(savepoints);
        assertThat(Path.of(savepoint, "_metadata")).exists();
        assertThat(resumedRun(output, savepoint, 2, "SET 'state.backend.type' = 'rocksdb'",
                "SET 'state.backend.rocksdb.localdir' = '" + temporary.resolve("rocksdb") + "'")).isEqualTo(expected);
    }

    @Test
    void incrementalRocksDbCheckpointsResumeOnTheHeapAtAnotherParallelism() throws Exception {
        List<String> expected = uninterruptedRun();
        Path output = Files.createDirectories(temporary.resolve("incremental"));
        Path jobCheckpoints = interruptedRun(output, temporary.resolve("checkpoints"), 3, 2,
                "SET 'state.backend.type' = 'rocksdb'",
                "SET 'state.backend.rocksdb.localdir' = '" + temporary.resolve("rocksdb") + "'",
                "SET 'execution.checkpointing.incremental' = 'true'");
        assertThat(jobCheckpoints.resolve("shared")).as("the SST files of the retained checkpoints").isNotEmptyDirectory();
        assertThat(resumedRun(output, jobCheckpoints.toString(), 2)).isEqualTo(expected);
    }

    @Test
    void checkpointsLeftHalfWrittenOrTruncatedByACrashAreSkippedForTheLastCompleteOne() throws Exception {
        List<String> expected = uninterruptedRun();
        Path output = Files.createDirectories(temporary.resolve("damaged"));
        Path jobCheckpoints = interruptedRun(output, temporary.resolve("checkpoints"), 3, 3);
        long latest = CheckpointStorage.loadFrom(jobCheckpoints).checkpointId();
        Path complete = jobCheckpoints.resolve("chk-" + latest);
        byte[] state = Files.readAllBytes(complete.resolve("state"));
        // A crash while writing the next checkpoints: one truncated under its metadata, one without metadata.
        Path truncated = Files.createDirectories(jobCheckpoints.resolve("chk-" + (latest + 1)));
        Files.copy(complete.resolve("_metadata"), truncated.resolve("_metadata"));
        Files.write(truncated.resolve("state"), Arrays.copyOf(state, state.length / 2));
        Path halfWritten = Files.createDirectories(jobCheckpoints.resolve("chk-" + (latest + 2)));
        Files.write(halfWritten.resolve("state"), state);
        assertThat(CheckpointStorage.loadFrom(jobCheckpoints).checkpointId()).isEqualTo(latest);
        assertThat(resumedRun(output, jobCheckpoints.toString(), 1)).isEqualTo(expected);
    }

    @Test
    void aCheckpointDirectoryThatCannotBeWrittenFailsCheckpointsButKeepsTheEarlierOnes() throws Exception {
        Path checkpoints = temporary.resolve("checkpoints");
        try (Connection connection = connect(1); Statement statement = connection.createStatement()) {
            statement.execute("SET 'execution.checkpointing.interval' = '50 ms'");
            statement.execute("SET 'execution.checkpointing.dir' = '" + checkpoints + "'");
            statement.execute("SET 'execution.checkpointing.num-retained' = '5'");
            statement.execute("SET 'execution.checkpointing.tolerable-failed-checkpoints' = '1000'");
            pipeline(statement, Files.createDirectories(temporary.resolve("output")));
            String[] job = job(statement);
            Path jobDirectory = Path.of(job[1]);
            awaitCheckpoints(jobDirectory, 1);
            long first = occupyNextCheckpoints(jobDirectory);
            Thread.sleep(400);
            assertThat(job(statement)[2]).as("tolerated failed checkpoints do not stop the job").isEqualTo("RUNNING");
            statement.execute("STOP JOB '" + job[0] + "'");
            long kept = CheckpointStorage.loadFrom(jobDirectory).checkpointId();
            assertThat(kept).as("the checkpoints written before are intact").isBetween(first, first + 1);
        }
    }

    @Test
    void withFlinksDefaultOfNoToleratedFailuresACheckpointThatCannotBeWrittenFailsTheJob() throws Exception {
        Path checkpoints = temporary.resolve("checkpoints");
        try (Connection connection = connect(1); Statement statement = connection.createStatement()) {
            // Without it, a checkpointed job restarts with exponential delay (Flink's default) and tries again.
            statement.execute("SET 'restart-strategy.type' = 'none'");
            statement.execute("SET 'execution.checkpointing.interval' = '50 ms'");
            statement.execute("SET 'execution.checkpointing.dir' = '" + checkpoints + "'");
            pipeline(statement, Files.createDirectories(temporary.resolve("output")));
            Path jobDirectory = Path.of(job(statement)[1]);
            awaitCheckpoints(jobDirectory, 1);
            occupyNextCheckpoints(jobDirectory);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!job(statement)[2].equals("FAILED") && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(job(statement)[2]).isEqualTo("FAILED");
        }
    }

    /**
     * Makes the next checkpoints of a job unwritable and returns its latest complete one. Tests run as root
     * here, where permissions do not stop writes: occupy the next checkpoints' names instead.
     */
    private static long occupyNextCheckpoints(Path jobDirectory) throws IOException {
        long latest = CheckpointStorage.loadFrom(jobDirectory).checkpointId();
        for (long id = latest + 1; id < latest + 400; id++) {
            try {
                Files.writeString(jobDirectory.resolve("chk-" + id), "not a directory");
            } catch (FileSystemException e) {
                // the job is writing this checkpoint right now: the next ones are occupied still
            }
        }
        return latest;
    }

    @Test
    void aSnapshotOfOtherStatementsFailsWithTheOperatorItDoesNotFit() throws Exception {
        Path output = Files.createDirectories(temporary.resolve("changed"));
        Path jobCheckpoints = interruptedRun(output, temporary.resolve("checkpoints"), 1, 1);
        try (Connection connection = connect(1); Statement statement = connection.createStatement()) {
            statement.execute(BIDS);
            statement.execute(hot(output));
            statement.execute("SET 'execution.state-recovery.path' = '" + jobCheckpoints + "'");
            String changed = INSERT.replace("COUNT(*)", "SUM(bidder)");
            assertThatThrownBy(() -> statement.execute(changed))
                    .isInstanceOf(EddySqlException.class)
                    .hasMessageStartingWith("Cannot restore from '" + jobCheckpoints + "': it holds state of operator '")
                    .hasMessageMatching(".*it holds state of operator '\\d+: (WindowAggregate|TableSourceScan)\\(.*")
                    .hasMessageContaining("', which this job does not have")
                    .hasMessageEndingWith("; the statements differ from the ones that took it")
                    .satisfies(error -> assertThat(((EddySqlException) error).hint())
                            .contains("SET 'execution.state-recovery.ignore-unclaimed-state' = 'true' to start without that state"));
            statement.execute("SET 'execution.savepoint.ignore-unclaimed-state' = 'true'");
            statement.execute("SET 'table.dml-sync' = 'true'");
            statement.execute(changed);
        }
    }

    @Test
    void aRecoveryPathWithoutASnapshotFailsInOneLine() throws Exception {
        Path empty = Files.createDirectories(temporary.resolve("empty"));
        try (Connection connection = connect(1); Statement statement = connection.createStatement()) {
            statement.execute(BIDS);
            statement.execute(hot(temporary.resolve("out")));
            statement.execute("SET 'execution.savepoint.path' = '" + empty + "'");
            assertThatThrownBy(() -> statement.execute(INSERT))
                    .isInstanceOf(EddySqlException.class)
                    .hasMessage("Cannot restore from '" + empty + "': " + empty
                            + " holds no checkpoint (no _metadata file and no chk-<n> directories)");
            statement.execute("SET 'execution.savepoint.path' = '" + temporary.resolve("missing") + "'");
            assertThatThrownBy(() -> statement.execute("SELECT * FROM bids"))
                    .hasMessage("Cannot restore from '" + temporary.resolve("missing") + "': "
                            + temporary.resolve("missing") + " does not exist");
        }
    }

    @Test
    void aProcessKilledMidStreamIsResumedByAnotherProcessFromItsCheckpoints() throws Exception {
        List<String> expected = uninterruptedRun();
        Path output = Files.createDirectories(temporary.resolve("crashed"));
        Path checkpoints = temporary.resolve("checkpoints");
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(launcher, "-cp", System.getProperty("java.class.path"),
                CrashingPipeline.class.getName(), output.toString(), checkpoints.toString())
                .redirectError(temporary.resolve("crashing-pipeline.log").toFile()).start();
        String jobCheckpoints;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            jobCheckpoints = lines.readLine();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("the process died without cleaning up; its log: %s",
                Files.readString(temporary.resolve("crashing-pipeline.log"))).isEqualTo(CrashingPipeline.HALTED);
        assertThat(jobCheckpoints).startsWith(checkpoints.toString());
        assertThat(resumedRun(output, jobCheckpoints, 1)).isEqualTo(expected);
    }

    /**
     * The pipeline in a process of its own: runs it with checkpoints, prints the job's checkpoint path
     * once part of the result is committed, then halts (no shutdown hooks, no cleanup: a crash).
     */
    public static final class CrashingPipeline {
        static final int HALTED = 137;

        public static void main(String[] arguments) throws Exception {
            Path output = Path.of(arguments[0]);
            try (Connection connection = connect(1); Statement statement = connection.createStatement()) {
                statement.execute("SET 'execution.checkpointing.interval' = '100 ms'");
                statement.execute("SET 'execution.checkpointing.dir' = '" + arguments[1] + "'");
                pipeline(statement, output);
                String[] job = job(statement);
                awaitCommittedOutput(output);
                awaitCheckpoints(Path.of(job[1]), 2);
                System.out.println(job[1]);
                System.out.flush();
                Runtime.getRuntime().halt(HALTED);
            }
        }
    }
}

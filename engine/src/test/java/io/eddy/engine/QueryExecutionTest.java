package io.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.jdbc.EddyResultSet;
import io.eddy.jdbc.EddyStatement;
import io.eddy.jdbc.spi.EddySqlException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries and INSERTs as jobs, seen through JDBC: results that stream, jobs listed and stopped,
 * a job failing on a malformed record, and a result set closed before the query ends.
 */
class QueryExecutionTest {

    @TempDir
    Path directory;

    private Connection connection;
    private Statement statement;

    @BeforeEach
    void connect() throws SQLException {
        connection = DriverManager.getConnection("jdbc:eddy:");
        statement = connection.createStatement();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void streamsRowsOfAnUnboundedQueryAndCancelsItsJobWhenClosed() throws Exception {
        statement.execute("CREATE TABLE numbers (n BIGINT) WITH ('connector' = 'datagen', "
                + "'fields.n.kind' = 'sequence', 'fields.n.start' = '1', 'fields.n.end' = '1000000000', "
                + "'rows-per-second' = '1000')");
        String jobId;
        try (ResultSet rows = statement.executeQuery("SELECT n FROM numbers")) {
            List<Long> first = new ArrayList<>();
            while (first.size() < 5 && rows.next()) {
                first.add(rows.getLong(1));
            }
            assertThat(first).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(rows.unwrap(EddyResultSet.class).isChangelog()).isFalse();
            jobId = jobIds().get(0);
            assertThat(status(jobId)).isEqualTo("RUNNING");
        }
        awaitStatus(jobId, "CANCELED");
    }

    @Test
    void cancellingTheStatementWakesAReaderWaitingForTheNextRow() throws Exception {
        statement.execute("CREATE TABLE slow (n BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '1')");
        ResultSet rows = statement.executeQuery("SELECT n FROM slow");
        assertThat(rows.next()).isTrue();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
                statement.cancel();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        canceller.start();
        long started = System.nanoTime();
        assertThatThrownBy(() -> {
            while (rows.next()) {
                rows.getLong(1);
            }
        }).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).isEqualTo(EddySqlException.CANCELLED));
        canceller.join();
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
        awaitStatus(jobIds().get(0), "CANCELED");
    }

    @Test
    void stopsAJobStartedByAnInsert() throws Exception {
        statement.execute("CREATE TABLE numbers (n BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '10')");
        statement.execute("CREATE TABLE nowhere (n BIGINT) WITH ('connector' = 'blackhole')");
        statement.execute("INSERT INTO nowhere SELECT n FROM numbers");
        String jobId = statement.unwrap(EddyStatement.class).getJobId().orElseThrow();
        assertThat(status(jobId)).isEqualTo("RUNNING");

        statement.execute("STOP JOB '" + jobId + "'");

        awaitStatus(jobId, "CANCELED");
        assertThatThrownBy(() -> statement.execute("STOP JOB '" + jobId + "'"))
                .hasMessageContaining("is already CANCELED");
        assertThatThrownBy(() -> statement.execute("STOP JOB 'no-such-job'"))
                .isInstanceOfSatisfying(EddySqlException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo(EddySqlException.UNKNOWN_OBJECT))
                .hasMessageContaining("Job 'no-such-job' does not exist");
    }

    @Test
    void aMalformedRecordFailsTheQueryWithItsFileAndLine() throws Exception {
        Path file = directory.resolve("people.json");
        Files.writeString(file, "{\"id\": 1}\n{\"id\": oops}\n");
        statement.execute("CREATE TABLE people (id BIGINT) WITH ('connector' = 'filesystem', 'path' = '"
                + file + "', 'format' = 'json')");
        try (ResultSet rows = statement.executeQuery("SELECT id FROM people")) {
            assertThatThrownBy(() -> {
                while (rows.next()) {
                    rows.getLong(1);
                }
            }).isInstanceOfSatisfying(EddySqlException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo(EddySqlException.DATA))
                    .hasMessageContaining("people.json:2");
        }
    }

    @Test
    void anAppendOnlySinkFedUpdatesIsRefusedNamingTheOperator() throws Exception {
        statement.execute("CREATE TABLE numbers (n BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '10')");
        statement.execute("CREATE TABLE counts (n BIGINT, c BIGINT) WITH ('connector' = 'filesystem', 'path' = '"
                + directory.resolve("counts") + "', 'format' = 'csv')");
        statement.execute("CREATE TABLE printed (n BIGINT, c BIGINT) WITH ('connector' = 'print')");

        assertThatThrownBy(() -> statement.execute("INSERT INTO counts SELECT n, COUNT(*) FROM numbers GROUP BY n"))
                .isInstanceOfSatisfying(EddySqlException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo(EddySqlException.UNSUPPORTED))
                .hasMessageContaining("Table sink '`default_catalog`.`default_database`.`counts`' doesn't support "
                        + "consuming update and delete changes which is produced by node GroupAggregate(");

        statement.execute("INSERT INTO printed SELECT n, COUNT(*) FROM numbers GROUP BY n");
        assertThat(statement.unwrap(EddyStatement.class).getJobId()).isPresent();
    }

    @Test
    void createTableAsSelectCreatesTheTableAndFillsIt() throws Exception {
        Path file = directory.resolve("in.csv");
        Files.writeString(file, "1,a\n2,b\n");
        statement.execute("CREATE TABLE source_table (id BIGINT, name STRING) WITH ('connector' = 'filesystem', "
                + "'path' = '" + file + "', 'format' = 'csv')");
        statement.execute("SET 'table.dml-sync' = 'true'");

        statement.execute("CREATE TABLE copied WITH ('connector' = 'filesystem', 'path' = '"
                + directory.resolve("out") + "', 'format' = 'csv') AS SELECT name, id FROM source_table");

        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT name, id FROM copied")) {
            while (result.next()) {
                rows.add(result.getString(1) + "=" + result.getLong(2));
            }
        }
        assertThat(rows).containsExactlyInAnyOrder("a=1", "b=2");
    }

    private List<String> jobIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement other = connection.createStatement(); ResultSet jobs = other.executeQuery("SHOW JOBS")) {
            while (jobs.next()) {
                ids.add(jobs.getString("job id"));
            }
        }
        return ids;
    }

    private String status(String jobId) throws SQLException {
        try (Statement other = connection.createStatement(); ResultSet jobs = other.executeQuery("SHOW JOBS")) {
            while (jobs.next()) {
                if (jobs.getString("job id").equals(jobId)) {
                    return jobs.getString("status");
                }
            }
        }
        throw new AssertionError("no job " + jobId);
    }

    private void awaitStatus(String jobId, String expected) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!status(jobId).equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(status(jobId)).isEqualTo(expected);
    }
}

package io.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.connectors.kinesis.testing.KinesisServer;
import io.eddy.connectors.kinesis.testing.KinesisServerExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kinesis tables from SQL against a real kinesis-local: an INSERT fills a 4-shard stream through the
 * Eddy sink, and a windowed query reads it back with the same results at parallelism 1 and 2; a
 * query over a stream with malformed records sends them to its dead-letter stream, which SQL reads.
 */
@ExtendWith(KinesisServerExtension.class)
class KinesisSqlTest {

    private static final List<String> EXPECTED = List.of("2024-01-01 10:00:00.000 1 3 60",
            "2024-01-01 10:00:00.000 2 2 30", "2024-01-01 10:00:10.000 1 1 5", "2024-01-01 10:00:10.000 2 3 21");

    private static String table(KinesisServer server, String stream) {
        return "CREATE TABLE bids (auction BIGINT, price BIGINT, ts TIMESTAMP(3), "
                + "WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'kinesis', 'stream' = '" + stream
                + "', " + server.tableOptions() + ", 'source.init.position' = 'TRIM_HORIZON', 'format' = 'json', "
                + "'source.shard.get-records.idle-source-interval' = '50 ms')";
    }

    @Test
    void anInsertFillsAStreamAndAWindowedQueryReadsItBackAtParallelismOneAndTwo(KinesisServer server)
            throws Exception {
        String stream = "sql-bids-" + System.nanoTime() % 100_000;
        server.createStream(stream, 4);
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                Statement statement = connection.createStatement()) {
            statement.execute(table(server, stream));
            statement.execute("SET 'table.dml-sync' = 'true'");
            StringJoiner values = new StringJoiner(", ");
            values.add("(1, 10, TIMESTAMP '2024-01-01 10:00:01')").add("(2, 20, TIMESTAMP '2024-01-01 10:00:02')")
                    .add("(1, 20, TIMESTAMP '2024-01-01 10:00:03')").add("(1, 30, TIMESTAMP '2024-01-01 10:00:04')")
                    .add("(2, 10, TIMESTAMP '2024-01-01 10:00:09')").add("(1, 5, TIMESTAMP '2024-01-01 10:00:13')")
                    .add("(2, 7, TIMESTAMP '2024-01-01 10:00:14')").add("(2, 7, TIMESTAMP '2024-01-01 10:00:15')")
                    .add("(2, 7, TIMESTAMP '2024-01-01 10:00:19')");
            // Rows far later, spread over every shard by their random partition keys, close both windows.
            for (int i = 0; i < 40; i++) {
                values.add("(9, 0, TIMESTAMP '2024-01-01 10:05:00')");
            }
            statement.execute("INSERT INTO bids VALUES " + values);
        }
        assertThat(windows(server, stream, 1)).containsExactlyInAnyOrderElementsOf(EXPECTED);
        assertThat(windows(server, stream, 2)).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    private static List<String> windows(KinesisServer server, String stream, int parallelism) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:?set.parallelism.default=" + parallelism);
                Statement statement = connection.createStatement()) {
            statement.execute(table(server, stream));
            try (ResultSet result = statement.executeQuery("SELECT window_start, auction, COUNT(*) AS bids, "
                    + "SUM(price) AS total FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)) "
                    + "WHERE auction < 9 GROUP BY window_start, window_end, auction")) {
                while (rows.size() < EXPECTED.size() && result.next()) {
                    rows.add(result.getString(1) + " " + result.getLong(2) + " " + result.getLong(3) + " "
                            + result.getLong(4));
                }
            }
        }
        return rows;
    }

    @Test
    void malformedRecordsGoToTheDeadLetterStreamWhichSqlCanRead(KinesisServer server) throws Exception {
        String stream = "sql-dlq-source-" + System.nanoTime() % 100_000;
        String deadLetters = stream + "-letters";
        server.createStream(stream, 1);
        server.createStream(deadLetters, 1);
        String options = server.tableOptions() + ", 'source.init.position' = 'TRIM_HORIZON', "
                + "'source.shard.get-records.idle-source-interval' = '50 ms'";
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE lines (line STRING) WITH ('connector' = 'kinesis', 'stream' = '"
                    + stream + "', " + options + ", 'format' = 'raw', 'sink.partitioner' = 'fixed')");
            statement.execute("SET 'table.dml-sync' = 'true'");
            statement.execute("INSERT INTO lines VALUES ('{\"auction\": 1, \"price\": 10}'), "
                    + "('{\"auction\": \"one\"}'), ('{\"auction\": 2, \"price\": 20}'), ('not json')");
            statement.execute("CREATE TABLE bids (auction BIGINT, price BIGINT) WITH ('connector' = 'kinesis', "
                    + "'stream' = '" + stream + "', " + options + ", 'format' = 'json', "
                    + "'dead-letter.stream' = '" + deadLetters + "', 'sink.flush-buffer.timeout' = '50 ms')");
            statement.execute("CREATE TABLE letters (`shard-id` STRING, `sequence-number` STRING, "
                    + "`partition-key` STRING, error STRING, data STRING) WITH ('connector' = 'kinesis', "
                    + "'stream' = '" + deadLetters + "', " + options + ", 'format' = 'json')");
            try (Statement reading = connection.createStatement();
                    ResultSet bids = reading.executeQuery("SELECT auction, price FROM bids")) {
                List<String> rows = new ArrayList<>();
                while (rows.size() < 2 && bids.next()) {
                    rows.add(bids.getLong(1) + " " + bids.getLong(2));
                }
                assertThat(rows).containsExactly("1 10", "2 20");
                // The query above still runs: its reader writes the dead letters within the flush timeout.
                try (ResultSet letters = statement.executeQuery("SELECT `shard-id`, `sequence-number`, "
                        + "`partition-key`, error, data FROM letters")) {
                    List<String> found = new ArrayList<>();
                    while (found.size() < 2 && letters.next()) {
                        assertThat(letters.getString(1)).startsWith("shardId-");
                        assertThat(letters.getString(2)).matches("[0-9]+");
                        assertThat(letters.getString(3)).isNotEmpty();
                        found.add(new String(Base64.getDecoder().decode(letters.getString(5)),
                                StandardCharsets.UTF_8) + " -> " + letters.getString(4));
                    }
                    assertThat(found).hasSize(2);
                    assertThat(found.get(0)).startsWith("{\"auction\": \"one\"} -> field 'auction': ");
                    assertThat(found.get(1)).startsWith("not json -> ");
                }
            }
        }
    }
}

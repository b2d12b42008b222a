package io.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.kafka.testing.KafkaBroker;
import io.eddy.connectors.kafka.testing.KafkaBrokerExtension;
import io.eddy.jdbc.EddyStatement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole pipelines over a real broker from SQL: a windowed aggregation from a 4-partition topic into
 * another topic gives the same rows at every parallelism, an idle partition does not stall a window
 * once the source idle timeout is set, and an at-least-once job rides out a broker restart without
 * losing a record.
 */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaPipelineSqlTest {

    private static final LocalDateTime BASE = LocalDateTime.of(2024, 1, 1, 10, 0);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MILLISECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private static final String EVENT_COLUMNS = "id BIGINT, customer STRING, amount BIGINT, ts TIMESTAMP(3), "
            + "WATERMARK FOR ts AS ts - INTERVAL '1' SECOND";

    private static String table(String name, String topic, KafkaBroker broker, String columns, String... options) {
        return "CREATE TABLE " + name + " (" + columns + ") WITH ('connector' = 'kafka', 'topic' = '" + topic
                + "', 'properties.bootstrap.servers' = '" + broker.bootstrapServers() + "', 'format' = 'json'"
                + String.join("", options) + ")";
    }

    private static KafkaProducer<byte[], byte[]> producer(KafkaBroker broker) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(properties);
    }

    /** An event as JSON: {@code id}, a customer of five, an amount, and a time {@code id / 2} seconds after the base. */
    private static String event(long id) {
        return "{\"id\":" + id + ",\"customer\":\"c" + (id % 5) + "\",\"amount\":" + (id % 7 + 1) + ",\"ts\":\""
                + MILLISECONDS.format(BASE.plusNanos(id * 500_000_000L)) + "\"}";
    }

    /** Sends events {@code from} until {@code to} (exclusive), event {@code id} to partition {@code id % partitions}; fails unless all are acknowledged. */
    private static void sendEvents(KafkaBroker broker, String topic, long from, long to, int partitions) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer(broker)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (long id = from; id < to; id++) {
                sent.add(producer.send(new ProducerRecord<>(topic, (int) (id % partitions), null,
                        event(id).getBytes(StandardCharsets.UTF_8))));
            }
            for (Future<RecordMetadata> record : sent) {
                record.get();
            }
        }
    }

    /** The values of a topic's records, read directly until {@code expected} arrived or {@code patience} passed. */
    private static List<String> values(KafkaBroker broker, String topic, int expected, Duration patience) {
        return values(broker, topic, values -> values.size() >= expected, patience);
    }

    /** The values of a topic's records, read directly until they are {@code enough} or {@code patience} passed. */
    private static List<String> values(KafkaBroker broker, String topic, Predicate<List<String>> enough, Duration patience) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            consumer.assign(consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList());
            long deadline = System.nanoTime() + patience.toNanos();
            while (!enough.test(values) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> values.add(new String(record.value(), StandardCharsets.UTF_8)));
            }
        }
        return values;
    }

    @Test
    void aWindowedAggregationBetweenTopicsGivesTheSameRowsAtEveryParallelism(KafkaBroker broker) throws Exception {
        int events = 200;
        broker.createTopic("pipeline-events", 4);
        sendEvents(broker, "pipeline-events", 0, events, 4);

        // Per 10-second window and customer: how many events and their total, computed here.
        Map<String, long[]> expected = new TreeMap<>();
        for (long id = 0; id < events; id++) {
            long[] countAndTotal = expected.computeIfAbsent(((id / 2) / 10 * 10) + " c" + (id % 5), key -> new long[2]);
            countAndTotal[0]++;
            countAndTotal[1] += id % 7 + 1;
        }

        List<List<String>> outputs = new ArrayList<>();
        for (int parallelism : new int[] {1, 2, 4}) {
            String output = "pipeline-totals-" + parallelism;
            broker.createTopic(output, 2);
            try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                    Statement statement = connection.createStatement()) {
                statement.execute("SET 'parallelism.default' = '" + parallelism + "'");
                statement.execute("SET 'table.dml-sync' = 'true'");
                statement.execute(table("events", "pipeline-events", broker, EVENT_COLUMNS,
                        ", 'scan.startup.mode' = 'earliest-offset'", ", 'scan.bounded.mode' = 'latest-offset'"));
                statement.execute(table("totals", output, broker,
                        "window_start TIMESTAMP(3), customer STRING, events BIGINT, total BIGINT"));
                statement.execute("INSERT INTO totals SELECT window_start, customer, COUNT(*), SUM(amount) "
                        + "FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND)) "
                        + "GROUP BY window_start, window_end, customer");
            }
            List<String> rows = values(broker, output, expected.size(), Duration.ofSeconds(10));
            rows.sort(null);
            outputs.add(rows);
        }

        List<String> expectedRows = expected.entrySet().stream().map(entry -> {
            String[] windowAndCustomer = entry.getKey().split(" ");
            String windowStart = SECONDS.format(BASE.plusSeconds(Long.parseLong(windowAndCustomer[0])));
            return "{\"window_start\":\"" + windowStart + "\",\"customer\":\"" + windowAndCustomer[1] + "\",\"events\":"
                    + entry.getValue()[0] + ",\"total\":" + entry.getValue()[1] + "}";
        }).sorted().toList();
        assertThat(outputs.get(0)).hasSize(50).isEqualTo(expectedRows);
        assertThat(outputs.get(1)).as("parallelism 2").isEqualTo(outputs.get(0));
        assertThat(outputs.get(2)).as("parallelism 4").isEqualTo(outputs.get(0));
    }

    private static final String WINDOW_COUNTS = "SELECT window_start, COUNT(*) AS events "
            + "FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end";

    /** Reads the first {@code count} rows (first two columns) of a result set in the background. */
    private static CompletableFuture<List<String>> firstRows(ResultSet result, int count) {
        return CompletableFuture.supplyAsync(() -> {
            List<String> rows = new ArrayList<>();
            try {
                while (rows.size() < count && result.next()) {
                    rows.add(result.getString(1) + " " + result.getLong(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return rows;
        });
    }

    @Test
    void anIdlePartitionDoesNotStallAWindowOnceTheSourceIdleTimeoutIsSet(KafkaBroker broker) throws Exception {
        // Partitions 0 to 2 get 30 seconds of events; partition 3 gets none.
        broker.createTopic("pipeline-idle", 4);
        sendEvents(broker, "pipeline-idle", 0, 60, 3);
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET 'parallelism.default' = '1'");
            statement.execute(table("events", "pipeline-idle", broker, EVENT_COLUMNS,
                    ", 'scan.startup.mode' = 'earliest-offset'"));

            // Without the idle timeout the empty partition holds the watermark back: no window fires.
            try (ResultSet result = statement.executeQuery(WINDOW_COUNTS)) {
                CompletableFuture<List<String>> stalled = firstRows(result, 1);
                assertThatThrownBy(() -> stalled.get(2, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
                statement.cancel();
                assertThatThrownBy(() -> stalled.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
            }

            statement.execute("SET 'table.exec.source.idle-timeout' = '500 ms'");
            try (ResultSet result = statement.executeQuery(WINDOW_COUNTS)) {
                assertThat(firstRows(result, 2).get(15, TimeUnit.SECONDS))
                        .containsExactlyInAnyOrder("2024-01-01 10:00:00.000 20", "2024-01-01 10:00:10.000 20");
            }
        }
    }

    private static final Pattern ID = Pattern.compile("\\{\"id\":(\\d+),");

    private static Set<Long> ids(List<String> values) {
        Set<Long> ids = new TreeSet<>();
        for (String value : values) {
            Matcher matcher = ID.matcher(value);
            assertThat(matcher.lookingAt()).as("an event: %s", value).isTrue();
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static String status(Statement statement, String jobId) throws SQLException {
        try (ResultSet jobs = statement.executeQuery("SHOW JOBS")) {
            while (jobs.next()) {
                if (jobs.getString("job id").equals(jobId)) {
                    return jobs.getString("status");
                }
            }
        }
        throw new AssertionError("no job " + jobId);
    }

    @Test
    void anAtLeastOnceJobLosesNothingWhenTheBrokerRestartsMidStream(@TempDir Path checkpoints) throws Exception {
        // A broker of its own: stopping the shared one would disturb other tests.
        try (KafkaBroker broker = KafkaBroker.start()) {
            broker.createTopic("outage-in", 2);
            broker.createTopic("outage-out", 2);
            sendEvents(broker, "outage-in", 0, 100, 2);
            try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                    Statement statement = connection.createStatement()) {
                statement.execute("SET 'parallelism.default' = '2'");
                statement.execute("SET 'execution.checkpointing.interval' = '500 ms'");
                statement.execute("SET 'state.checkpoints.dir' = '" + checkpoints + "'");
                statement.execute(table("source_events", "outage-in", broker, "id BIGINT, customer STRING, amount BIGINT, "
                        + "ts TIMESTAMP(3)", ", 'scan.startup.mode' = 'earliest-offset'"));
                statement.execute(table("copied_events", "outage-out", broker, "id BIGINT, customer STRING, amount BIGINT, "
                        + "ts TIMESTAMP(3)", ", 'sink.delivery-guarantee' = 'at-least-once'"));
                statement.execute("INSERT INTO copied_events SELECT * FROM source_events");
                String jobId = statement.unwrap(EddyStatement.class).getJobId().orElseThrow();
                assertThat(ids(values(broker, "outage-out", 100, Duration.ofSeconds(20)))).hasSize(100);

                // Stopped right after more records arrive: the job may be reading or writing them as it goes.
                sendEvents(broker, "outage-in", 100, 150, 2);
                broker.stop();
                Thread.sleep(2_000);
                assertThat(status(statement, jobId)).as("while the broker is away").isEqualTo("RUNNING");
                broker.restart();
                sendEvents(broker, "outage-in", 150, 200, 2);

                List<String> copied = values(broker, "outage-out", values -> ids(values).size() >= 200, Duration.ofSeconds(30));
                assertThat(ids(copied)).isEqualTo(LongStream.range(0, 200).boxed().collect(Collectors.toSet()));
                assertThat(status(statement, jobId)).isEqualTo("RUNNING");
                statement.execute("STOP JOB '" + jobId + "'");
            }
        }
    }

    @Test
    void aSinkThatCannotReachTheBrokerWithinItsDeliveryTimeoutFailsTheJobNamingTheTopic() throws Exception {
        // A broker of its own: it is stopped for good.
        try (KafkaBroker broker = KafkaBroker.start()) {
            broker.createTopic("unreachable-out", 1);
            try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                    Statement statement = connection.createStatement()) {
                statement.execute("SET 'table.dml-sync' = 'true'");
                statement.execute("CREATE TABLE numbers (id BIGINT) WITH ('connector' = 'datagen', "
                        + "'rows-per-second' = '200', 'fields.id.kind' = 'sequence', 'fields.id.start' = '0', "
                        + "'fields.id.end' = '1000000')");
                statement.execute(table("written", "unreachable-out", broker, "id BIGINT",
                        ", 'properties.delivery.timeout.ms' = '3000', 'properties.request.timeout.ms' = '1000', "
                                + "'properties.linger.ms' = '0', 'properties.max.block.ms' = '1000'"));
                CompletableFuture<Void> insert = CompletableFuture.runAsync(() -> {
                    try {
                        statement.execute("INSERT INTO written SELECT id FROM numbers");
                    } catch (SQLException e) {
                        throw new CompletionException(e);
                    }
                });
                assertThat(values(broker, "unreachable-out", 10, Duration.ofSeconds(20))).hasSizeGreaterThanOrEqualTo(10);
                broker.stop();
                assertThatThrownBy(() -> insert.get(60, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(SQLException.class)
                        .cause().hasMessageContaining("Cannot write to topic 'unreachable-out' of table")
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            }
        }
    }
}

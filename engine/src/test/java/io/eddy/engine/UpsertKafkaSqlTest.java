package io.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.kafka.testing.KafkaBroker;
import io.eddy.connectors.kafka.testing.KafkaBrokerExtension;
import io.eddy.jdbc.EddyResultSet;
import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.jdbc.spi.RowKind;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changelog tables over Kafka from SQL against a real broker: an updating aggregation written into
 * upsert-kafka and read back (deletes become tombstones), a debezium-json topic aggregated, and
 * malformed records failing the query, skipped, or sent to a dead-letter topic.
 */
@ExtendWith(KafkaBrokerExtension.class)
class UpsertKafkaSqlTest {

    private static String bootstrap(KafkaBroker broker) {
        return "'properties.bootstrap.servers' = '" + broker.bootstrapServers() + "'";
    }

    private static String upsertTable(String name, String topic, KafkaBroker broker, String columns, String... options) {
        return "CREATE TABLE " + name + " (" + columns + ") WITH ('connector' = 'upsert-kafka', 'topic' = '" + topic
                + "', " + bootstrap(broker) + ", 'key.format' = 'json', 'value.format' = 'json', "
                + "'scan.bounded.mode' = 'latest-offset'" + String.join("", options) + ")";
    }

    /** Sends key, value pairs (either may be null: a null value is a tombstone) to partition 0. */
    private static void send(KafkaBroker broker, String topic, String... keysAndValues) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties)) {
            for (int i = 0; i < keysAndValues.length; i += 2) {
                producer.send(new ProducerRecord<>(topic, 0, bytes(keysAndValues[i]), bytes(keysAndValues[i + 1]))).get();
            }
        }
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Every record of the topic, read directly with a consumer, partition by partition. */
    private static List<ConsumerRecord<byte[], byte[]>> records(KafkaBroker broker, String topic, int expected) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            consumer.assign(consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList());
            long deadline = System.currentTimeMillis() + 10_000;
            while (records.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /** The rows of a query's changelog once its changes are applied, sorted. */
    private static List<String> finalRows(Statement statement, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            EddyResultSet eddy = result.unwrap(EddyResultSet.class);
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                String row = String.join(" ", values);
                if (eddy.getRowKind() == RowKind.UPDATE_BEFORE || eddy.getRowKind() == RowKind.DELETE) {
                    assertThat(rows.remove(row)).as("retracted row %s was there", row).isTrue();
                } else {
                    rows.add(row);
                }
            }
        }
        return rows.stream().sorted().toList();
    }

    @Test
    void anUpdatingAggregationRoundTripsThroughUpsertKafka(KafkaBroker broker) throws Exception {
        broker.createTopic("upsert-sql-accounts", 1);
        broker.createTopic("upsert-sql-totals", 2);
        send(broker, "upsert-sql-accounts",
                "{\"id\":1}", "{\"id\":1,\"owner\":\"a\",\"amount\":10}",
                "{\"id\":2}", "{\"id\":2,\"owner\":\"b\",\"amount\":5}",
                "{\"id\":1}", "{\"id\":1,\"owner\":\"a\",\"amount\":20}",
                "{\"id\":3}", "{\"id\":3,\"owner\":\"a\",\"amount\":1}",
                "{\"id\":2}", null,
                "{\"id\":9}", null);
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:?set.parallelism.default=2");
                Statement statement = connection.createStatement()) {
            statement.execute(upsertTable("accounts", "upsert-sql-accounts", broker,
                    "id BIGINT, owner STRING, amount BIGINT, PRIMARY KEY (id) NOT ENFORCED"));
            statement.execute(upsertTable("totals", "upsert-sql-totals", broker,
                    "owner STRING, total BIGINT, PRIMARY KEY (owner) NOT ENFORCED"));
            assertThat(finalRows(statement, "SELECT id, owner, amount FROM accounts")).containsExactly("1 a 20", "3 a 1");

            statement.execute("SET 'table.dml-sync' = 'true'");
            statement.execute("INSERT INTO totals SELECT owner, SUM(amount) FROM accounts GROUP BY owner");

            Map<String, List<String>> byKey = new TreeMap<>();
            for (ConsumerRecord<byte[], byte[]> record : records(broker, "upsert-sql-totals", 5)) {
                byKey.computeIfAbsent(text(record.key()), key -> new ArrayList<>()).add(text(record.value()));
            }
            // a: its updates (in an order that depends on the subtasks) end with the latest total; no -U is written.
            List<String> ofA = byKey.get("{\"owner\":\"a\"}");
            assertThat(ofA.get(ofA.size() - 1)).isEqualTo("{\"owner\":\"a\",\"total\":21}");
            assertThat(ofA).first().isEqualTo("{\"owner\":\"a\",\"total\":10}");
            // b: its only account was deleted, so its total is deleted: a tombstone.
            assertThat(byKey.get("{\"owner\":\"b\"}")).containsExactly("{\"owner\":\"b\",\"total\":5}", null);

            assertThat(finalRows(statement, "SELECT owner, total FROM totals")).containsExactly("a 21");
        }
    }

    @Test
    void anUpsertTableWithAWatermarkIsAVersionedTableForTemporalJoins(KafkaBroker broker) throws Exception {
        broker.createTopic("upsert-sql-rates", 1);
        broker.createTopic("upsert-sql-orders", 1);
        send(broker, "upsert-sql-rates",
                "{\"currency\":\"EUR\"}", "{\"currency\":\"EUR\",\"rate\":2,\"ts\":\"2024-01-01 10:00:00\"}",
                "{\"currency\":\"USD\"}", "{\"currency\":\"USD\",\"rate\":1,\"ts\":\"2024-01-01 10:00:00\"}",
                "{\"currency\":\"EUR\"}", "{\"currency\":\"EUR\",\"rate\":3,\"ts\":\"2024-01-01 10:00:10\"}");
        send(broker, "upsert-sql-orders",
                null, "{\"id\":1,\"currency\":\"EUR\",\"amount\":10,\"ts\":\"2024-01-01 10:00:05\"}",
                null, "{\"id\":2,\"currency\":\"USD\",\"amount\":7,\"ts\":\"2024-01-01 10:00:06\"}",
                null, "{\"id\":3,\"currency\":\"EUR\",\"amount\":10,\"ts\":\"2024-01-01 10:00:15\"}");
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                Statement statement = connection.createStatement()) {
            statement.execute(upsertTable("rates", "upsert-sql-rates", broker, "currency STRING, rate BIGINT, "
                    + "ts TIMESTAMP(3), WATERMARK FOR ts AS ts, PRIMARY KEY (currency) NOT ENFORCED"));
            statement.execute("CREATE TABLE orders (id BIGINT, currency STRING, amount BIGINT, ts TIMESTAMP(3), "
                    + "WATERMARK FOR ts AS ts) WITH ('connector' = 'kafka', 'topic' = 'upsert-sql-orders', "
                    + bootstrap(broker) + ", 'format' = 'json', 'scan.startup.mode' = 'earliest-offset', "
                    + "'scan.bounded.mode' = 'latest-offset')");
            assertThat(finalRows(statement, "SELECT o.id, o.amount * r.rate AS converted FROM orders AS o "
                    + "JOIN rates FOR SYSTEM_TIME AS OF o.ts AS r ON o.currency = r.currency"))
                    .containsExactly("1 20", "2 7", "3 30");
        }
    }

    @Test
    void aDebeziumTopicFeedsAnAggregation(KafkaBroker broker) throws Exception {
        broker.createTopic("upsert-sql-products", 1);
        send(broker, "upsert-sql-products",
                null, debezium(null, product(1, "scooter", 3.0), "r"),
                null, debezium(null, product(2, "drill", 8.0), "c"),
                null, debezium(null, product(3, "scooter", 1.0), "c"),
                null, debezium(product(1, "scooter", 3.0), product(1, "scooter", 5.0), "u"),
                null, debezium(product(2, "drill", 8.0), null, "d"),
                null, null,
                null, debezium(null, product(4, "hammer", 0.5), "c"));
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE products (id INT, name STRING, weight DOUBLE) WITH ('connector' = 'kafka', "
                    + "'topic' = 'upsert-sql-products', " + bootstrap(broker) + ", 'format' = 'debezium-json', "
                    + "'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = 'latest-offset')");
            assertThat(finalRows(statement, "SELECT name, SUM(weight) AS weight, COUNT(*) AS items FROM products GROUP BY name"))
                    .containsExactly("hammer 0.5 1", "scooter 6.0 2");
        }
    }

    private static String product(int id, String name, double weight) {
        return "{\"id\":" + id + ",\"name\":\"" + name + "\",\"weight\":" + weight + "}";
    }

    private static String debezium(String before, String after, String op) {
        return "{\"before\":" + before + ",\"after\":" + after + ",\"source\":{\"connector\":\"mysql\"},\"op\":\"" + op
                + "\",\"ts_ms\":1589362330904}";
    }

    @Test
    void malformedRecordsFailTheQueryOrAreSkippedOrGoToTheDeadLetterTopic(KafkaBroker broker) throws Exception {
        broker.createTopic("upsert-sql-bad", 1);
        broker.createTopic("upsert-sql-bad-dlq", 1);
        send(broker, "upsert-sql-bad",
                "{\"id\":1}", "{\"id\":1,\"v\":\"a\"}",
                "{\"id\":2}", "{\"id\":2,\"v\":oops",
                "{\"id\":3}", "{\"id\":3,\"v\":\"c\"}");
        String columns = "id BIGINT, v STRING, PRIMARY KEY (id) NOT ENFORCED";
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                Statement statement = connection.createStatement()) {
            statement.execute(upsertTable("failing", "upsert-sql-bad", broker, columns));
            assertThatThrownBy(() -> finalRows(statement, "SELECT id, v FROM failing"))
                    .isInstanceOfSatisfying(EddySqlException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo(EddySqlException.DATA))
                    .hasMessageContaining("topic/partition/offset upsert-sql-bad/0/1");

            statement.execute(upsertTable("skipping", "upsert-sql-bad", broker, columns,
                    ", 'value.json.ignore-parse-errors' = 'true'"));
            assertThat(finalRows(statement, "SELECT id, v FROM skipping")).containsExactly("1 a", "3 c");

            statement.execute(upsertTable("dead_lettering", "upsert-sql-bad", broker, columns,
                    ", 'dead-letter.topic' = 'upsert-sql-bad-dlq'", ", 'dead-letter.properties.linger.ms' = '0'"));
            assertThat(finalRows(statement, "SELECT id, v FROM dead_lettering")).containsExactly("1 a", "3 c");
        }
        List<ConsumerRecord<byte[], byte[]>> letters = records(broker, "upsert-sql-bad-dlq", 1);
        assertThat(letters).hasSize(1);
        ConsumerRecord<byte[], byte[]> letter = letters.get(0);
        assertThat(text(letter.key())).isEqualTo("{\"id\":2}");
        assertThat(text(letter.value())).isEqualTo("{\"id\":2,\"v\":oops");
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : letter.headers()) {
            headers.put(header.key(), text(header.value()));
        }
        long timestamp = records(broker, "upsert-sql-bad", 3).get(1).timestamp();
        assertThat(headers).containsOnlyKeys("source.topic", "source.partition", "source.offset", "source.timestamp", "error")
                .containsEntry("source.topic", "upsert-sql-bad").containsEntry("source.partition", "0")
                .containsEntry("source.offset", "1").containsEntry("source.timestamp", Long.toString(timestamp));
        assertThat(headers.get("error")).startsWith("malformed JSON at column");
    }
}

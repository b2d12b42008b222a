package io.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.kafka.testing.KafkaBroker;
import io.eddy.connectors.kafka.testing.KafkaBrokerExtension;
import io.eddy.jdbc.spi.EddySqlException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kafka tables from SQL against a real broker: an INSERT writes a topic, a windowed query reads it
 * back to its end, and a malformed record fails the query with where it is.
 */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaSqlTest {

    private static String table(String name, String topic, KafkaBroker broker, String columns) {
        return "CREATE TABLE " + name + " (" + columns + ") WITH ('connector' = 'kafka', 'topic' = '" + topic
                + "', 'properties.bootstrap.servers' = '" + broker.bootstrapServers()
                + "', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = 'latest-offset', 'format' = 'json')";
    }

    @Test
    void anInsertWritesATopicAndAWindowedQueryReadsItBack(KafkaBroker broker) throws Exception {
        broker.createTopic("sql-bids", 2);
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:?set.parallelism.default=2");
                Statement statement = connection.createStatement()) {
            statement.execute(table("bids", "sql-bids", broker, "auction BIGINT, price BIGINT, ts TIMESTAMP(3), "
                    + "WATERMARK FOR ts AS ts - INTERVAL '1' SECOND"));
            statement.execute("SET 'table.dml-sync' = 'true'");
            statement.execute("INSERT INTO bids VALUES (1, 10, TIMESTAMP '2024-01-01 10:00:01'), "
                    + "(2, 20, TIMESTAMP '2024-01-01 10:00:02'), (1, 30, TIMESTAMP '2024-01-01 10:00:12'), "
                    + "(1, 5, TIMESTAMP '2024-01-01 10:00:13'), (2, 7, TIMESTAMP '2024-01-01 10:00:14')");

            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("SELECT window_start, auction, COUNT(*) AS bids, SUM(price) AS total "
                    + "FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)) "
                    + "GROUP BY window_start, window_end, auction")) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getLong(2) + " " + result.getLong(3) + " " + result.getLong(4));
                }
            }
            assertThat(rows).containsExactlyInAnyOrder(
                    "2024-01-01 10:00:00.000 1 1 10", "2024-01-01 10:00:00.000 2 1 20",
                    "2024-01-01 10:00:10.000 1 2 35", "2024-01-01 10:00:10.000 2 1 7");
        }
    }

    @Test
    void aMalformedRecordFailsTheQueryWithItsTopicPartitionAndOffset(KafkaBroker broker) throws Exception {
        broker.createTopic("sql-malformed", 1);
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties)) {
            producer.send(new ProducerRecord<>("sql-malformed", 0, null, "{\"id\": 1}".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>("sql-malformed", 0, null, "{\"id\": oops".getBytes(StandardCharsets.UTF_8))).get();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                Statement statement = connection.createStatement()) {
            statement.execute(table("events", "sql-malformed", broker, "id BIGINT"));
            try (ResultSet result = statement.executeQuery("SELECT id FROM events")) {
                assertThatThrownBy(() -> {
                    while (result.next()) {
                        result.getLong(1);
                    }
                }).isInstanceOfSatisfying(EddySqlException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo(EddySqlException.DATA))
                        .hasMessageContaining("topic/partition/offset sql-malformed/0/1");
            }
        }
    }
}

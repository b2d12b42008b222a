package io.eddy.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.kafka.KafkaTopics.Message;
import io.eddy.connectors.kafka.testing.KafkaBroker;
import io.eddy.connectors.kafka.testing.KafkaBrokerExtension;
import io.eddy.connectors.kafka.upsert.UpsertKafkaConnectorFactory;
import io.eddy.connectors.spi.MalformedRecordException;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.connectors.testing.SinkDriver;
import io.eddy.connectors.testing.SourceHarness;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Rows;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * upsert-kafka's source and sink against a real broker, and dead-letter topics of Kafka sources:
 * tombstones read as deletes of their key, deletes written as tombstones, update-befores dropped.
 */
@ExtendWith(KafkaBrokerExtension.class)
class UpsertKafkaConnectorTest {

  private static final RowSchema USERS = RowSchema.of("id", FieldType.BIGINT, "name", FieldType.STRING,
      "score", FieldType.INT);
  private static final List<String> KEY = List.of("id");

  private final UpsertKafkaConnectorFactory upsert = new UpsertKafkaConnectorFactory();
  private KafkaBroker broker;
  private KafkaTopics topics;

  @BeforeEach
  void connect(KafkaBroker broker) {
    this.broker = broker;
    this.topics = new KafkaTopics(broker);
  }

  private Map<String, String> options(String topic, String... more) {
    Map<String, String> options = new HashMap<>(Map.of("connector", "upsert-kafka", "topic", topic,
        "properties.bootstrap.servers", broker.bootstrapServers(), "key.format", "json", "value.format", "json",
        "scan.bounded.mode", "latest-offset"));
    for (int i = 0; i < more.length; i += 2) {
      options.put(more[i], more[i + 1]);
    }
    return options;
  }

  private List<String> read(Source<?> source) throws Exception {
    try (SourceHarness<?> harness = new SourceHarness<>(source, 1)) {
      return harness.start().runToEnd(1).stream().map(Row::toString).toList();
    }
  }

  @Test
  void theSourceReadsValuesAsUpsertsAndTombstonesAsDeletesOfTheirKey() throws Exception {
    String topic = topics.create("upsert-source", 1);
    topics.send(topic, List.of(
        new Message(0, null, "{\"id\":1}", "{\"id\":1,\"name\":\"ann\",\"score\":3}", Map.of()),
        new Message(0, null, "{\"id\":1}", "{\"id\":1,\"name\":\"ann\",\"score\":4}", Map.of()),
        new Message(0, null, "{\"id\":1}", null, Map.of()),
        new Message(0, null, null, null, Map.of())));
    Source<?> all = upsert.createSource(new SourceRequest("t", ProjectedSchema.all(USERS), options(topic),
        WatermarkStrategy.noWatermarks(), List.of(), KEY));
    assertThat(read(all)).containsExactly("+I[1, ann, 3]", "+I[1, ann, 4]", "-D[1, null, null]");
    Source<?> projected = upsert.createSource(new SourceRequest("t", new ProjectedSchema(USERS, List.of(2, 0)),
        options(topic), WatermarkStrategy.noWatermarks(), List.of("offset"), KEY));
    assertThat(read(projected)).containsExactly("+I[3, 1, 0]", "+I[4, 1, 1]", "-D[null, 1, 2]");
  }

  @Test
  void theSinkWritesUpsertsByKeyDeletesAsTombstonesAndDropsUpdateBefores() throws Exception {
    String topic = topics.create("upsert-sink", 2);
    List<Row> changes = List.of(Rows.parse(USERS, "+I[1, ann, 3]"), Rows.parse(USERS, "+I[2, bob, 1]"),
        Rows.parse(USERS, "-U[1, ann, 3]"), Rows.parse(USERS, "+U[1, ann, 4]"), Rows.parse(USERS, "-D[2, bob, 1]"));
    SinkDriver.writeAll(upsert.createSink(new SinkRequest("t", USERS,
        options(topic, "value.fields-include", "EXCEPT_KEY"), KEY, List.of())), 0, 1, changes);
    List<String> records = topics.records(topic, 4).stream().map(record -> record.substring(2)).toList();
    assertThat(records.stream().filter(record -> record.startsWith("{\"id\":1}"))).containsExactly(
        "{\"id\":1}|{\"name\":\"ann\",\"score\":3}", "{\"id\":1}|{\"name\":\"ann\",\"score\":4}");
    assertThat(records.stream().filter(record -> record.startsWith("{\"id\":2}"))).containsExactly(
        "{\"id\":2}|{\"name\":\"bob\",\"score\":1}", "{\"id\":2}|null");
    Source<?> source = upsert.createSource(new SourceRequest("t", ProjectedSchema.all(USERS),
        options(topic, "value.fields-include", "EXCEPT_KEY"), WatermarkStrategy.noWatermarks(), List.of(), KEY));
    try (SourceHarness<?> harness = new SourceHarness<>(source, 1)) {
      assertThat(harness.start().runToEnd(1).stream().map(Row::toString)).containsExactlyInAnyOrder(
          "+I[1, ann, 3]", "+I[1, ann, 4]", "+I[2, bob, 1]", "-D[2, null, null]");
    }
  }

  @Test
  void aKafkaSourceWritesMalformedRecordsToItsDeadLetterTopicAndGoesOn() throws Exception {
    String topic = topics.create("dlq-source", 1);
    String deadLetters = topics.create("dlq", 1);
    long created = System.currentTimeMillis() - 60_000; // recent: older records fall to the broker's retention
    topics.send(topic, List.of(Message.of(0, "{\"id\":1,\"name\":\"a\"}"),
        new Message(0, created, "k", "{\"id\":oops", Map.of()), Message.of(0, "{\"id\":3,\"name\":\"c\"}")));
    RowSchema schema = RowSchema.of("id", FieldType.BIGINT, "name", FieldType.STRING);
    Map<String, String> options = new HashMap<>(Map.of("topic", topic, "properties.bootstrap.servers",
        broker.bootstrapServers(), "format", "json", "scan.startup.mode", "earliest-offset",
        "scan.bounded.mode", "latest-offset"));
    KafkaConnectorFactory kafka = new KafkaConnectorFactory();
    assertThatThrownBy(() -> read(kafka.createSource(SourceRequest.of("t", schema, options))))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessageStartingWith("Malformed record at topic/partition/offset " + topic + "/0/1 of table t: ");
    options.put("dead-letter.topic", deadLetters);
    assertThat(read(kafka.createSource(SourceRequest.of("t", schema, options))))
        .containsExactly("+I[1, a]", "+I[3, c]");
    assertThat(topics.records(deadLetters, 1)).containsExactly("0|k|{\"id\":oops");
    Map<String, String> headers = topics.headers(deadLetters, 1).get(0);
    assertThat(headers).containsOnlyKeys("source.topic", "source.partition", "source.offset", "source.timestamp",
        "error").containsEntry("source.topic", topic).containsEntry("source.partition", "0")
        .containsEntry("source.offset", "1").containsEntry("source.timestamp", Long.toString(created));
    assertThat(headers.get("error")).startsWith("malformed JSON at column");
  }
}

package io.eddy.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.kafka.KafkaTopics.Message;
import io.eddy.connectors.kafka.testing.KafkaBroker;
import io.eddy.connectors.kafka.testing.KafkaBrokerExtension;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.connectors.testing.SinkDriver;
import io.eddy.connectors.testing.SourceHarness;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.WatermarkStrategy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Kafka connector against a real broker process: reads, startup and bounded modes, writes. */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaConnectorTest {

  private static final RowSchema SCHEMA = RowSchema.of("id", FieldType.BIGINT, "name", FieldType.STRING);

  private final KafkaConnectorFactory factory = new KafkaConnectorFactory();
  private KafkaBroker broker;
  private KafkaTopics topics;

  @BeforeEach
  void connect(KafkaBroker broker) {
    this.broker = broker;
    this.topics = new KafkaTopics(broker);
  }

  private Map<String, String> options(String topic, String... more) {
    Map<String, String> options = new HashMap<>(Map.of("connector", "kafka", "topic", topic,
        "properties.bootstrap.servers", broker.bootstrapServers(), "format", "json",
        "scan.startup.mode", "earliest-offset", "scan.bounded.mode", "latest-offset"));
    for (int i = 0; i < more.length; i += 2) {
      options.put(more[i], more[i + 1]);
    }
    return options;
  }

  private static String json(long id) {
    return "{\"id\":" + id + ",\"name\":\"n" + id + "\"}";
  }

  /** Rows 0..count-1, row i in partition i % partitions. */
  private String topicWithRows(int partitions, int count) throws Exception {
    String topic = topics.create("rows", partitions);
    topics.send(topic, IntStream.range(0, count).mapToObj(i -> Message.of(i % partitions, json(i))).toList());
    return topic;
  }

  @SuppressWarnings("unchecked")
  private Source<KafkaPartitionSplit> source(Map<String, String> options, List<String> metadata) {
    return (Source<KafkaPartitionSplit>) factory.createSource(new SourceRequest("t",
        ProjectedSchema.all(SCHEMA), options, WatermarkStrategy.noWatermarks(), metadata));
  }

  private List<Row> readAll(Map<String, String> options, int parallelism) throws Exception {
    try (SourceHarness<KafkaPartitionSplit> harness = new SourceHarness<>(source(options, List.of()), parallelism)) {
      return harness.start().runToEnd(1);
    }
  }

  private static List<Long> ids(List<Row> rows) {
    return rows.stream().map(row -> row.getLong(0)).sorted().toList();
  }

  private static List<Long> range(long from, long to) {
    return java.util.stream.LongStream.range(from, to).boxed().toList();
  }

  @Test
  void boundedReadsAtParallelismOneAndTwoProduceTheSameRows() throws Exception {
    String topic = topicWithRows(4, 40);
    List<Row> one = readAll(options(topic), 1);
    List<Row> two = readAll(options(topic), 2);
    assertThat(ids(one)).isEqualTo(range(0, 40));
    assertThat(ids(two)).isEqualTo(ids(one));
    assertThat(one.stream().filter(row -> row.getLong(0) == 7).findFirst().orElseThrow().getString(1))
        .isEqualTo("n7");
  }

  @Test
  void readsSeveralTopicsAndTopicPatterns() throws Exception {
    String first = topicWithRows(2, 4);
    String second = topicWithRows(1, 3);
    assertThat(readAll(options(first + ";" + second), 1)).hasSize(7);
    Map<String, String> pattern = options(first);
    pattern.remove("topic");
    pattern.put("topic-pattern", first.replaceAll("-\\d+$", "") + "-" + first.replaceAll(".*-", "") + "|"
        + second);
    assertThat(readAll(pattern, 2)).hasSize(7);
  }

  @Test
  void latestOffsetStartsAfterTheRecordsAlreadyThere() throws Exception {
    String topic = topicWithRows(2, 6);
    Map<String, String> options = options(topic, "scan.startup.mode", "latest-offset",
        "scan.bounded.mode", "unbounded");
    try (SourceHarness<KafkaPartitionSplit> harness = new SourceHarness<>(source(options, List.of()), 1)) {
      harness.start();
      topics.send(topic, List.of(Message.of(0, json(100)), Message.of(1, json(101))));
      harness.pollUntil(0, 2, 1);
      assertThat(ids(harness.rows())).containsExactly(100L, 101L);
    }
    assertThat(readAll(options(topic, "scan.startup.mode", "latest-offset"), 1)).isEmpty();
  }

  @Test
  void timestampStartupAndBoundedModesUseRecordTimes() throws Exception {
    String topic = topics.create("times", 2);
    // Recent record times: the broker deletes records older than its retention (7 days) at its next
    // retention check, which made times near 1970 vanish in the middle of a run.
    long base = System.currentTimeMillis() - 60_000;
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      messages.add(new Message(i % 2, base + i * 10, null, json(i), Map.of()));
    }
    topics.send(topic, messages);
    assertThat(ids(readAll(options(topic, "scan.startup.mode", "timestamp",
        "scan.startup.timestamp-millis", Long.toString(base + 50)), 1))).isEqualTo(range(5, 10));
    assertThat(ids(readAll(options(topic, "scan.bounded.mode", "timestamp",
        "scan.bounded.timestamp-millis", Long.toString(base + 30)), 2))).isEqualTo(range(0, 3));
  }

  @Test
  void specificOffsetsStartAndStopPerPartition() throws Exception {
    String topic = topicWithRows(2, 10); // partition 0: 0,2,4,6,8; partition 1: 1,3,5,7,9
    assertThat(ids(readAll(options(topic, "scan.startup.mode", "specific-offsets",
        "scan.startup.specific-offsets", "partition:0,offset:3;partition:1,offset:4"), 1)))
        .containsExactly(6L, 8L, 9L);
    assertThat(ids(readAll(options(topic, "scan.bounded.mode", "specific-offsets",
        "scan.bounded.specific-offsets", "partition:0,offset:1;partition:1,offset:2"), 1)))
        .containsExactly(0L, 1L, 3L);
  }

  @Test
  void groupOffsetsStartAtTheCommittedOffsets() throws Exception {
    String topic = topicWithRows(2, 10);
    String group = "group-" + topic;
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
      consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(4)));
    }
    // Partition 1 has no committed offset: auto.offset.reset decides.
    assertThat(ids(readAll(options(topic, "scan.startup.mode", "group-offsets",
        "properties.group.id", group, "properties.auto.offset.reset", "earliest"), 2)))
        .containsExactly(1L, 3L, 5L, 7L, 8L, 9L);
    assertThat(ids(readAll(options(topic, "scan.startup.mode", "group-offsets",
        "properties.group.id", group), 1))).containsExactly(8L);
  }

  @Test
  void groupOffsetsWithoutAGroupFailsWithAHint() throws Exception {
    String topic = topicWithRows(1, 1);
    Map<String, String> options = options(topic);
    options.remove("scan.startup.mode");
    assertThatThrownBy(() -> readAll(options, 1)).isInstanceOf(ConnectorException.class)
        .hasMessage("Table t starts from 'group-offsets' (the default 'scan.startup.mode') and needs option"
            + " 'properties.group.id'. Hint: or set 'scan.startup.mode' = 'earliest-offset'");
  }

  @Test
  void aMissingTopicFailsTheRead() {
    assertThatThrownBy(() -> readAll(options("no-such-topic"), 1)).isInstanceOf(ConnectorException.class)
        .hasMessage("Topic 'no-such-topic' of table t does not exist");
  }

  @Test
  void metadataColumnsFollowThePhysicalOnes() throws Exception {
    String topic = topics.create("meta", 2);
    long created = System.currentTimeMillis() - 60_000; // recent: older records fall to the broker's retention
    topics.send(topic, List.of(new Message(1, created, "k", json(1), Map.of("trace", "abc")),
        new Message(1, created + 1_000, null, json(2), Map.of())));
    List<String> keys = List.of("topic", "partition", "offset", "timestamp", "timestamp-type", "headers",
        "leader-epoch");
    try (SourceHarness<KafkaPartitionSplit> harness = new SourceHarness<>(source(options(topic), keys), 1)) {
      List<Row> rows = harness.start().runToEnd(1);
      assertThat(rows).hasSize(2);
      Row first = rows.get(0);
      assertThat(first.getLong(0)).isEqualTo(1);
      assertThat(first.getString(2)).isEqualTo(topic);
      assertThat(first.getInt(3)).isEqualTo(1);
      assertThat(first.getLong(4)).isZero();
      assertThat(first.getTimestampMillis(5)).isEqualTo(created);
      assertThat(first.getString(6)).isEqualTo("CreateTime");
      assertThat(List.copyOf(first.getMap(7).keySet())).isEqualTo(List.of("trace"));
      assertThat(new String((byte[]) first.getMap(7).get("trace"), StandardCharsets.UTF_8)).isEqualTo("abc");
      assertThat(first.isNullAt(8)).isFalse();
      assertThat(first.getInt(8)).isZero();
      assertThat(rows.get(1).getLong(4)).isEqualTo(1);
      assertThat(rows.get(1).getMap(7)).isEmpty();
      assertThat(harness.positions()).containsEntry(topic + "-1", "2");
    }
  }

  @Test
  void aMalformedRecordFailsWithWhereItIs() throws Exception {
    String topic = topics.create("bad", 2);
    topics.send(topic, List.of(Message.of(1, json(1)), Message.of(1, json(2)), Message.of(1, "{\"id\": oops"),
        Message.of(0, json(3))));
    assertThatThrownBy(() -> readAll(options(topic), 1)).isInstanceOf(ConnectorException.class)
        .hasMessageStartingWith("Malformed record at topic/partition/offset " + topic + "/1/2 of table t: ");
  }

  @Test
  void malformedRecordsAreSkippedAndCountedWhenAsked() throws Exception {
    String topic = topics.create("bad", 1);
    topics.send(topic, List.of(Message.of(0, json(1)), Message.of(0, "not json"), Message.of(0, json(2)),
        Message.of(0, "{")));
    Source<KafkaPartitionSplit> source = source(options(topic, "json.ignore-parse-errors", "true"), List.of());
    try (SourceHarness<KafkaPartitionSplit> harness = new SourceHarness<>(source, 1)) {
      assertThat(ids(harness.start().runToEnd(1))).containsExactly(1L, 2L);
    }
    KafkaSourceReader reader = (KafkaSourceReader) source.createReader(null);
    reader.start();
    reader.addSplits(List.of(new KafkaPartitionSplit(topic, 0, 0, 4)));
    reader.notifyNoMoreSplits();
    SourceHarness.drain(reader);
    assertThat(reader.skippedRecords()).isEqualTo(2);
    reader.close();
  }

  @Test
  void tombstonesAreSkipped() throws Exception {
    String topic = topics.create("tomb", 1);
    topics.send(topic, List.of(Message.of(0, json(1)), new Message(0, null, "k", null, Map.of()),
        Message.of(0, json(2))));
    assertThat(ids(readAll(options(topic), 1))).containsExactly(1L, 2L);
  }

  @Test
  void restoredReadersResumeAtTheSnapshottedOffsets() throws Exception {
    String topic = topicWithRows(4, 40);
    Map<String, String> options = options(topic, "properties.max.poll.records", "3");
    try (SourceHarness<KafkaPartitionSplit> harness = new SourceHarness<>(source(options, List.of()), 2)) {
      harness.start();
      harness.pollUntil(0, 3, 1);
      int before = harness.rows().size();
      List<KafkaPartitionSplit> snapshot = harness.snapshot(0);
      assertThat(snapshot).isNotEmpty();
      long consumed = snapshot.stream().mapToLong(KafkaPartitionSplit::nextOffset).sum();
      assertThat(consumed).isEqualTo(before);
      assertThat(harness.lags().values()).as("records behind the high watermark").anyMatch(lag -> lag > 0);
      harness.restore(0);
      harness.restore(1);
      assertThat(ids(harness.runToEnd(1))).isEqualTo(range(0, 40));
    }
  }

  @Test
  void splitsRoundTripThroughTheSerializer() {
    KafkaSplitSerializer serializer = KafkaSplitSerializer.INSTANCE;
    for (KafkaPartitionSplit split : List.of(new KafkaPartitionSplit("a", 3, 17, 40),
        new KafkaPartitionSplit("b.c", 0, 0, KafkaPartitionSplit.NO_STOPPING_OFFSET))) {
      assertThat(serializer.deserialize(1, serializer.serialize(split))).isEqualTo(split);
    }
    assertThatThrownBy(() -> serializer.deserialize(2, new byte[0]))
        .hasMessage("unknown Kafka split version 2, this build reads version 1");
  }

  @Test
  void unboundedSourcesDiscoverNewTopicsMatchingThePattern() throws Exception {
    String existing = topicWithRows(1, 2);
    String prefix = existing.replaceAll("-\\d+$", "");
    Map<String, String> options = options(existing, "scan.bounded.mode", "unbounded");
    options.remove("topic");
    options.put("topic-pattern", prefix + "-disc-.*");
    String first = topics.create(prefix + "-disc", 1);
    topics.send(first, List.of(Message.of(0, json(1))));
    try (SourceHarness<KafkaPartitionSplit> harness = new SourceHarness<>(source(options, List.of()), 1)) {
      harness.start();
      harness.pollUntil(0, 1, 1);
      String second = topics.create(prefix + "-disc", 2);
      topics.send(second, List.of(Message.of(1, json(2))));
      long deadline = System.currentTimeMillis() + 10_000;
      while (harness.snapshot(0).stream().noneMatch(split -> split.topic().equals(second))
          && System.currentTimeMillis() < deadline) {
        harness.runPeriodicActions(); // the new topic's metadata may take a moment to reach the broker
      }
      harness.restore(0);
      harness.pollUntil(0, 2, 1);
      assertThat(ids(harness.rows())).containsExactly(1L, 2L);
    }
  }

  @Test
  void sinkWritesRowsThatTheSourceReadsBack() throws Exception {
    String topic = topics.create("sink", 3);
    Map<String, String> options = options(topic, "key.format", "json", "key.fields", "id",
        "value.fields-include", "EXCEPT_KEY");
    List<Row> rows = IntStream.range(0, 20).mapToObj(i -> Row.withValues(RowKind.INSERT,
        SCHEMA, (long) i, "n" + i)).toList();
    SinkDriver.writeAll(factory.createSink(new SinkRequest("t", SCHEMA, options)), 0, 1, rows);
    List<Row> read = readAll(options, 2);
    assertThat(ids(read)).isEqualTo(range(0, 20));
    assertThat(read).allSatisfy(row -> assertThat(row.getString(1)).isEqualTo("n" + row.getLong(0)));
    // The value holds only the non-key column.
    assertThat(readAll(options(topic), 1)).hasSize(20).allSatisfy(row -> assertThat(row.isNullAt(0)).isTrue());
  }

  @Test
  void keyColumnsAreWrittenWithoutTheirPrefixToTheKey() throws Exception {
    String topic = topics.create("keys", 1);
    RowSchema schema = RowSchema.of("k_id", FieldType.BIGINT, "name", FieldType.STRING);
    Map<String, String> options = options(topic, "key.format", "json", "key.fields", "k_id",
        "key.fields-prefix", "k_", "value.fields-include", "EXCEPT_KEY");
    SinkDriver.writeAll(factory.createSink(new SinkRequest("t", schema, options)), 0, 1,
        List.of(Row.withValues(RowKind.INSERT, schema, 7L, "seven")));
    assertThat(topics.records(topic, 1)).containsExactly("0|{\"id\":7}|{\"name\":\"seven\"}");
    Source<?> source = factory.createSource(SourceRequest.of("t", schema, options));
    try (SourceHarness<?> harness = new SourceHarness<>(source, 1)) {
      Row row = harness.start().runToEnd(1).get(0);
      assertThat(row.getLong(0)).isEqualTo(7L);
      assertThat(row.getString(1)).isEqualTo("seven");
    }
  }

  @Test
  void projectionsReadKeyAndValueColumnsInTheAskedOrder() throws Exception {
    String topic = topics.create("proj", 1);
    RowSchema schema = RowSchema.of("id", FieldType.BIGINT, "name", FieldType.STRING, "price", FieldType.INT);
    topics.send(topic, List.of(new Message(0, null, "{\"id\":4}", "{\"name\":\"four\",\"price\":40}", Map.of())));
    Map<String, String> options = options(topic, "key.format", "json", "key.fields", "id",
        "value.fields-include", "EXCEPT_KEY");
    Source<?> source = factory.createSource(new SourceRequest("t", new ProjectedSchema(schema, List.of(2, 0)),
        options, WatermarkStrategy.noWatermarks(), List.of("offset")));
    try (SourceHarness<?> harness = new SourceHarness<>(source, 1)) {
      Row row = harness.start().runToEnd(1).get(0);
      assertThat(row.arity()).isEqualTo(3);
      assertThat(row.getInt(0)).isEqualTo(40);
      assertThat(row.getLong(1)).isEqualTo(4L);
      assertThat(row.getLong(2)).isZero();
    }
  }

  @Test
  void fixedPartitionerWritesEachWriterToOnePartition() throws Exception {
    String topic = topics.create("fixed", 3);
    Map<String, String> options = options(topic, "sink.partitioner", "fixed");
    List<Row> rows = IntStream.range(0, 5).mapToObj(i -> Row.withValues(RowKind.INSERT, SCHEMA, (long) i, "n"))
        .toList();
    SinkDriver.writeAll(factory.createSink(new SinkRequest("t", SCHEMA, options)), 1, 2, rows);
    assertThat(topics.records(topic, 5)).hasSize(5).allSatisfy(record -> assertThat(record).startsWith("1|null|"));
  }

  @Test
  void sinkOptionsAreChecked() throws Exception {
    String topic = topics.create("sink", 1);
    assertThatThrownBy(() -> factory.createSink(new SinkRequest("t", SCHEMA,
        options(topic + ";other"))))
        .hasMessage("Table t is written to one topic: give exactly one in option 'topic'");
    assertThatThrownBy(() -> factory.createSink(new SinkRequest("t", SCHEMA,
        options(topic, "sink.delivery-guarantee", "exactly-once"))))
        .hasMessage("Option 'sink.transactional-id-prefix' of table t is required with"
            + " 'sink.delivery-guarantee' = 'exactly-once'");
    assertThatThrownBy(() -> factory.createSink(new SinkRequest("t", SCHEMA,
        options(topic, "sink.delivery-guarantee", "exactly-once", "sink.transactional-id-prefix", " "))))
        .hasMessage("Option 'sink.transactional-id-prefix' of table t is blank; give a prefix unique to this job");
    assertThat(factory.createSink(new SinkRequest("t", SCHEMA,
        options(topic, "sink.delivery-guarantee", "exactly-once", "sink.transactional-id-prefix", "x"))))
        .hasToString("TransactionalKafkaSink[" + topic + ", x]");
  }
}

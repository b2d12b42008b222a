package io.eddy.connectors.kinesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.kinesis.testing.KinesisServer;
import io.eddy.connectors.kinesis.testing.KinesisServerExtension;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.MalformedRecordException;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.connectors.testing.SourceHarness;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.ManualClock;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The polling source against a real kinesis-local: positions, restore, resharding, bad records. */
@ExtendWith(KinesisServerExtension.class)
class KinesisSourceTest {

  static final RowSchema EVENTS = RowSchema.of("k", FieldType.STRING, "n", FieldType.BIGINT);

  static String event(String key, int n) {
    return "{\"k\":\"" + key + "\",\"n\":" + n + "}";
  }

  @SuppressWarnings("unchecked")
  static SourceHarness<KinesisShardSplit> harness(Map<String, String> options, int parallelism,
      List<String> metadata) throws Exception {
    Source<KinesisShardSplit> source = (Source<KinesisShardSplit>) ConnectorFactories.load().createSource(
        "kinesis", new SourceRequest("events", ProjectedSchema.all(EVENTS), options,
            WatermarkStrategy.noWatermarks(), metadata));
    return new SourceHarness<>(source, parallelism, new ManualClock(System.currentTimeMillis()),
        WatermarkStrategy.noWatermarks());
  }

  /** Polls every reader (running discovery now and then) until {@code count} rows arrived in all. */
  static List<Row> pollFor(SourceHarness<?> harness, int parallelism, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    long nextDiscovery = 0;
    while (harness.rows().size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + harness.rows().size() + " of " + count + " rows arrived: "
            + harness.rows());
      }
      boolean progress = false;
      for (int i = 0; i < parallelism; i++) {
        progress |= harness.poll(i) == InputStatus.MORE_AVAILABLE;
      }
      if (System.currentTimeMillis() > nextDiscovery) {
        harness.runPeriodicActions();
        nextDiscovery = System.currentTimeMillis() + 200;
      }
      if (!progress) {
        Thread.sleep(2);
      }
      harness.clock().set(System.currentTimeMillis());
    }
    return harness.rows();
  }

  /** Polls for a while and checks that no further rows arrive. */
  static void pollQuietly(SourceHarness<?> harness, int parallelism, long millis) throws Exception {
    int before = harness.rows().size();
    long end = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < end) {
      for (int i = 0; i < parallelism; i++) {
        harness.poll(i);
      }
      Thread.sleep(5);
      harness.clock().set(System.currentTimeMillis());
    }
    assertThat(harness.rows()).hasSize(before);
  }

  private static List<String> texts(List<Row> rows) {
    return rows.stream().map(r -> r.getString(0) + ":" + r.getLong(1)).sorted().toList();
  }

  @Test
  void readsEveryShardOfAStreamArnFromTheStartSpreadOverReadersWithMetadata(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("spread", 4);
      List<String> keys = IntStream.range(0, 40).mapToObj(i -> "key" + i).toList();
      streams.putKeyed(stream, keys, key -> event(key, Integer.parseInt(key.substring(3))));
      List<String> expected = IntStream.range(0, 40).mapToObj(i -> "key" + i + ":" + i).toList();
      try (SourceHarness<KinesisShardSplit> harness = harness(streams.options(stream, "stream", null,
          "stream.arn", streams.arn(stream), "source.init.position", "TRIM_HORIZON"), 2,
          List.of("shard-id", "sequence-number", "timestamp", "partition-key")).start()) {
        List<Row> rows = pollFor(harness, 2, 40);
        assertThat(texts(rows)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(harness.snapshot(0)).hasSize(2);
        assertThat(harness.snapshot(1)).hasSize(2);
        Row first = rows.get(0);
        assertThat(first.getString(2)).startsWith("shardId-");
        assertThat(first.getString(3)).matches("[0-9]+");
        assertThat(first.getTimestampMillis(4)).isBetween(System.currentTimeMillis() - 60_000,
            System.currentTimeMillis() + 1_000);
        assertThat(first.getString(5)).isEqualTo(first.getString(0));
        assertThat(harness.rowsBySplit()).hasSize(4);
        pollQuietly(harness, 2, 200);
      }
    }
  }

  @Test
  void latestSkipsWhatWasThereEvenAfterARestoreAndAtTimestampStartsAtTheTime(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("positions", 2);
      streams.put(stream, "a", List.of(event("a", 1), event("a", 2)));
      KinesisStreams.pause(1_100);
      long between = System.currentTimeMillis();
      KinesisStreams.pause(1_100);
      streams.put(stream, "a", List.of(event("a", 3)));
      try (SourceHarness<KinesisShardSplit> latest = harness(streams.options(stream), 1, List.of()).start();
           SourceHarness<KinesisShardSplit> atTime = harness(streams.options(stream,
               "scan.stream.initpos", "AT_TIMESTAMP",
               "source.init.timestamp", Instant.ofEpochMilli(between).toString().replace("Z", "+00:00")),
               1, List.of()).start();
           SourceHarness<KinesisShardSplit> horizon = harness(streams.options(stream,
               "source.init.position", "TRIM_HORIZON"), 1, List.of()).start()) {
        pollQuietly(latest, 1, 300);
        streams.put(stream, "a", List.of(event("a", 4)));
        latest.restore(0);
        assertThat(texts(pollFor(latest, 1, 1))).as("read after a restore before the first record")
            .containsExactly("a:4");
        assertThat(texts(pollFor(atTime, 1, 2))).containsExactly("a:3", "a:4");
        assertThat(texts(pollFor(horizon, 1, 4))).containsExactly("a:1", "a:2", "a:3", "a:4");
      }
    }
  }

  @Test
  void aRestoredReaderResumesEachShardAfterItsLastRecord(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("restore", 4);
      streams.putKeyed(stream, IntStream.range(0, 20).mapToObj(i -> "key" + i).toList(),
          key -> event(key, Integer.parseInt(key.substring(3))));
      try (SourceHarness<KinesisShardSplit> harness = harness(streams.options(stream,
          "source.init.position", "TRIM_HORIZON", "source.shard.get-records.max-record-count", "2"), 2,
          List.of()).start()) {
        pollFor(harness, 2, 7);
        harness.restore(0);
        harness.restore(1);
        streams.putKeyed(stream, IntStream.range(20, 30).mapToObj(i -> "key" + i).toList(),
            key -> event(key, Integer.parseInt(key.substring(3))));
        List<Row> rows = pollFor(harness, 2, 30);
        assertThat(texts(rows)).containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, 30).mapToObj(i -> "key" + i + ":" + i).toList());
        pollQuietly(harness, 2, 200);
        assertThat(harness.snapshot(0)).allSatisfy(split ->
            assertThat(split.position().sequenceNumber()).isNotNull());
      }
    }
  }

  @Test
  void childShardsAreReadAfterTheirParentsSoEachKeyStaysInOrder(KinesisServer server) throws Exception {
    readsThroughASplitAndAMerge(server);
  }

  @Test
  void enhancedFanOutReadsChildShardsAfterTheirParentsToo(KinesisServer server) throws Exception {
    readsThroughASplitAndAMerge(server, "source.reader.type", "EFO", "source.efo.consumer.name", "reshard");
  }

  private static void readsThroughASplitAndAMerge(KinesisServer server, String... readerOptions)
      throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("reshard", 2);
      List<String> keys = IntStream.range(0, 8).mapToObj(i -> "key" + i).toList();
      int[] next = new int[keys.size()];
      Runnable putRound = () -> streams.putKeyed(stream, keys,
          key -> event(key, next[Integer.parseInt(key.substring(3))]++));
      Map<String, String> options = streams.options(stream, "source.init.position", "TRIM_HORIZON");
      options.putAll(streams.options(stream, readerOptions));
      try (SourceHarness<KinesisShardSplit> harness = harness(options, 2, List.of()).start()) {
        putRound.run();
        pollFor(harness, 2, 8);
        streams.split(stream, streams.shards(stream).get(0));
        putRound.run();
        pollFor(harness, 2, 16);
        List<String> open = streams.shards(stream).stream()
            .filter(s -> s.sequenceNumberRange().endingSequenceNumber() == null)
            .sorted((a, b) -> new java.math.BigInteger(a.hashKeyRange().startingHashKey())
                .compareTo(new java.math.BigInteger(b.hashKeyRange().startingHashKey())))
            .map(s -> s.shardId()).toList();
        streams.merge(stream, open.get(0), open.get(1));
        putRound.run();
        putRound.run();
        List<Row> rows = pollFor(harness, 2, 32);
        Map<String, List<Long>> byKey = new LinkedHashMap<>();
        for (Row row : rows) {
          byKey.computeIfAbsent(row.getString(0), k -> new ArrayList<>()).add(row.getLong(1));
        }
        assertThat(byKey).hasSize(8);
        byKey.values().forEach(values -> assertThat(values).containsExactly(0L, 1L, 2L, 3L));
        assertThat(harness.releasedSplits()).hasSizeGreaterThanOrEqualTo(2);
      }
    }
  }

  @Test
  void aMalformedRecordFailsWithShardAndSequenceNumberUnlessSkipped(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("malformed", 1);
      streams.put(stream, "a", List.of(event("a", 1), "{\"k\":\"a\",\"n\":\"ten\"}", event("a", 3)));
      String shard = streams.shards(stream).get(0).shardId();
      try (SourceHarness<KinesisShardSplit> failing = harness(streams.options(stream,
          "source.init.position", "TRIM_HORIZON"), 1, List.of()).start()) {
        assertThatThrownBy(() -> pollFor(failing, 1, 3))
            .isInstanceOf(MalformedRecordException.class)
            .hasMessageStartingWith("Malformed record at shard/sequence number " + shard + "/")
            .hasMessageEndingWith(" of table events: field 'n': cannot read 'ten' as BIGINT");
      }
      try (SourceHarness<KinesisShardSplit> skipping = harness(streams.options(stream,
          "source.init.position", "TRIM_HORIZON", "json.ignore-parse-errors", "true"), 1, List.of()).start()) {
        assertThat(pollFor(skipping, 1, 3)).hasSize(3);
      }
    }
  }

  @Test
  void anUnknownStreamOrBadCredentialsFailTheStartWithWhatToFix(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      try (SourceHarness<KinesisShardSplit> harness = harness(streams.options("missing-stream"), 1, List.of())) {
        assertThatThrownBy(harness::start)
            .isInstanceOf(io.eddy.connectors.spi.ConnectorException.class)
            .hasMessage("Kinesis stream 'missing-stream' in region us-east-1 at " + server.endpoint()
                + " of table events does not exist. Hint: create it, or check option 'stream' and 'aws.region'");
      }
      try (SourceHarness<KinesisShardSplit> harness = harness(streams.options("missing-stream",
          "aws.credentials.provider", "ENV_VAR"), 1, List.of())) {
        assertThatThrownBy(harness::start)
            .isInstanceOf(io.eddy.connectors.spi.ConnectorException.class)
            .hasMessageStartingWith("No AWS credentials for table events: Unable to load credentials");
      }
    }
  }

  @Test
  void enhancedFanOutRegistersItsConsumerResumesAfterARestoreAndDeregisters(KinesisServer server)
      throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("efo", 2);
      streams.putKeyed(stream, IntStream.range(0, 10).mapToObj(i -> "key" + i).toList(),
          key -> event(key, Integer.parseInt(key.substring(3))));
      SourceHarness<KinesisShardSplit> harness = harness(streams.options(stream,
          "source.init.position", "TRIM_HORIZON", "source.reader.type", "EFO",
          "source.efo.consumer.name", "eddy-efo"), 2, List.of("shard-id")).start();
      try (harness) {
        assertThat(streams.consumerStatus(stream, "eddy-efo")).isEqualTo("ACTIVE");
        pollFor(harness, 2, 10);
        harness.restore(0);
        harness.restore(1);
        streams.putKeyed(stream, IntStream.range(10, 15).mapToObj(i -> "key" + i).toList(),
            key -> event(key, Integer.parseInt(key.substring(3))));
        assertThat(texts(pollFor(harness, 2, 15))).containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, 15).mapToObj(i -> "key" + i + ":" + i).toList());
        pollQuietly(harness, 2, 200);
      }
      long deadline = System.currentTimeMillis() + 5_000;
      while (streams.consumerStatus(stream, "eddy-efo") != null && System.currentTimeMillis() < deadline) {
        KinesisStreams.pause(50);
      }
      assertThat(streams.consumerStatus(stream, "eddy-efo")).as("deregistered when the source closes").isNull();
    }
  }

  @Test
  void aSelfManagedConsumerThatIsMissingFailsTheStart(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("efo-missing", 1);
      try (SourceHarness<KinesisShardSplit> harness = harness(streams.options(stream, "source.reader.type",
          "EFO", "source.efo.consumer.name", "nobody", "source.efo.lifecycle", "SELF_MANAGED"), 1, List.of())) {
        assertThatThrownBy(harness::start)
            .hasMessage("Enhanced fan-out consumer 'nobody' of table events is not registered on stream '"
                + stream + "' in region us-east-1 at " + server.endpoint()
                + ". Hint: register it, or set 'source.efo.lifecycle' = 'JOB_MANAGED'");
      }
    }
  }
}

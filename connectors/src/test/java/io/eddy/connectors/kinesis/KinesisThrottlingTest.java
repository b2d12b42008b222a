package io.eddy.connectors.kinesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.kinesis.testing.KinesisServer;
import io.eddy.connectors.kinesis.testing.KinesisServerExtension;
import io.eddy.connectors.kinesis.testing.ThrottlingProxy;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.testing.SinkDriver;
import io.eddy.connectors.testing.SourceHarness;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;

/**
 * The source and the sink against a real kinesis-local behind a {@link ThrottlingProxy} that throttles
 * some calls the way Kinesis does. The SDK makes up to 4 attempts of a throttled call itself, so the
 * tests throttle more calls than that: the connector's own back-off and retries run too.
 */
@ExtendWith(KinesisServerExtension.class)
class KinesisThrottlingTest {

  /** More throttled calls than the SDK's own 4 attempts of one call. */
  private static final int THROTTLED_CALLS = 6;
  /**
   * Throttled GetRecords calls of two shards read at once: the first shard whose call used up its 4
   * attempts saw at most 3 of the other's, 7 in all, so at least one throttle reaches the connector.
   */
  private static final int THROTTLED_READS = 8;

  private static Sink<?> sink(Map<String, String> options) {
    return ConnectorFactories.load().createSink("kinesis",
        new SinkRequest("events", KinesisSourceTest.EVENTS, options, List.of(), List.of()));
  }

  /**
   * Writes {@code count} rows of one key through the proxy in batches of 10, one call in flight, and
   * returns how many records the writer sent again.
   */
  private static long writeThrough(ThrottlingProxy proxy, KinesisStreams streams, String stream, int count)
      throws Exception {
    Sink<?> sink = sink(streams.options(stream, "aws.endpoint", proxy.endpoint(), "sink.batch.max-size", "10",
        "sink.requests.max-inflight", "1", "sink.partitioner", "fixed"));
    try (SinkWriter<?> writer = SinkDriver.writer(sink, 0, 1)) {
      for (int i = 0; i < count; i++) {
        writer.write(Row.of("key0", (long) i));
      }
      writer.flush(false);
      return ((KinesisSinkWriter) writer).retriedRecords();
    }
  }

  private static List<String> events(int count) {
    return IntStream.range(0, count).mapToObj(i -> KinesisSourceTest.event("key0", i)).toList();
  }

  @Test
  void theProxyAnswersAsAThrottlingKinesisThenPassesCallsThrough(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server);
        ThrottlingProxy proxy = new ThrottlingProxy(server.endpoint());
        KinesisAsyncClient client = KinesisAsyncClient.builder().endpointOverride(URI.create(proxy.endpoint()))
            .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(KinesisServer.ACCESS_KEY_ID, KinesisServer.SECRET_KEY)))
            .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
      String stream = streams.create("throttled-put", 1);
      proxy.throttle("PutRecord", 1);
      assertThatThrownBy(() -> client.putRecord(b -> b.streamName(stream).partitionKey("k")
          .data(SdkBytes.fromUtf8String("lost"))).join())
          .cause().isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(ThrottlingProxy.THROTTLED);
            assertThat(e.awsErrorDetails().errorMessage()).startsWith("Rate exceeded for PutRecord");
          });
      client.putRecord(b -> b.streamName(stream).partitionKey("k").data(SdkBytes.fromUtf8String("kept"))).join();
      assertThat(streams.readAll(stream)).containsExactly("kept");
      assertThat(proxy.calls("PutRecord")).isEqualTo(2);
      assertThat(proxy.throttled("PutRecord")).isEqualTo(1);
    }
  }

  @Test
  void throttledGetRecordsBackOffAndReadEveryRecordOnceInOrderPerShard(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server);
        ThrottlingProxy proxy = new ThrottlingProxy(server.endpoint())) {
      String stream = streams.create("throttled-read", 2);
      for (String key : List.of("a", "b", "c", "d")) {
        streams.put(stream, key, IntStream.range(0, 10).mapToObj(i -> KinesisSourceTest.event(key, i)).toList());
      }
      proxy.throttle("GetRecords", THROTTLED_READS);
      try (SourceHarness<KinesisShardSplit> harness = KinesisSourceTest.harness(streams.options(stream,
          "aws.endpoint", proxy.endpoint(), "source.init.position", "TRIM_HORIZON"), 1, List.of()).start()) {
        KinesisSourceTest.pollFor(harness, 1, 40);
        KinesisSourceTest.pollQuietly(harness, 1, 300);
        assertThat(proxy.throttled("GetRecords")).isEqualTo(THROTTLED_READS);
        assertThat(proxy.calls("GetRecords")).isGreaterThan(THROTTLED_READS);
        assertThat(proxy.protocols()).as("what the connector's client speaks").containsExactly("HTTP/2");
        assertThat(proxy.contentTypes()).containsExactly("application/x-amz-cbor-1.1");
        for (String key : List.of("a", "b", "c", "d")) {
          assertThat(harness.rows().stream().filter(row -> row.getString(0).equals(key))
              .map(row -> row.getLong(1)).toList()).as("key " + key + ", one shard")
              .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        }
        assertThat(harness.rowsBySplit().keySet()).hasSize(2);
      }
    }
  }

  @Test
  void throttledPutRecordsCallsAreRetriedAndLoseNothing(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server);
        ThrottlingProxy proxy = new ThrottlingProxy(server.endpoint())) {
      String stream = streams.create("throttled-write", 1);
      proxy.throttle("PutRecords", THROTTLED_CALLS);
      long retried = writeThrough(proxy, streams, stream, 50);
      assertThat(streams.readAll(stream)).as("every row once, in order with one call in flight")
          .containsExactlyElementsOf(events(50));
      assertThat(proxy.throttled("PutRecords")).isEqualTo(THROTTLED_CALLS);
      assertThat(retried).as("records of calls still throttled after the SDK's own retries").isPositive();
      assertThat(retried % 10).as("whole batches of 10 went again").isZero();
    }
  }

  @Test
  void recordsRejectedInAPartlyFailedPutRecordsAreSentAgain(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server);
        ThrottlingProxy proxy = new ThrottlingProxy(server.endpoint())) {
      String stream = streams.create("partly-failed-write", 1);
      proxy.failEveryOtherRecord(3);
      long retried = writeThrough(proxy, streams, stream, 40);
      assertThat(proxy.failedRecords()).isEqualTo(15);
      assertThat(retried).as("exactly the rejected records went again").isEqualTo(15);
      assertThat(streams.readAll(stream)).as("every row exactly once: rejected records were not written")
          .containsExactlyInAnyOrderElementsOf(events(40));
    }
  }
}

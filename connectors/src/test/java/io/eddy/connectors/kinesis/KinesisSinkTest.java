package io.eddy.connectors.kinesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.kinesis.testing.KinesisServer;
import io.eddy.connectors.kinesis.testing.KinesisServerExtension;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.testing.SinkDriver;
import io.eddy.connectors.testing.TcpProxy;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkWriter;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.kinesis.model.Shard;

/**
 * The PutRecords sink against a real kinesis-local: keys, batches and records that cannot be written.
 * kinesis-local never throttles, so retries of rejected records are not exercised here; calls lost on the
 * way (a proxy cutting the connections) are.
 */
@ExtendWith(KinesisServerExtension.class)
class KinesisSinkTest {

  private static Sink<?> sink(Map<String, String> options, List<String> partitionKeys) {
    return ConnectorFactories.load().createSink("kinesis",
        new SinkRequest("events", KinesisSourceTest.EVENTS, options, List.of(), partitionKeys));
  }

  private static List<Row> rows(int from, int to, int keys) {
    return IntStream.range(from, to).mapToObj(i -> Row.of("key" + i % keys, (long) i)).toList();
  }

  @Test
  void partitionedByColumnsKeepEachKeyInOneShardInOrderWithOneCallInFlight(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("sink-keys", 4);
      SinkDriver.writeAll(sink(streams.options(stream, "sink.batch.max-size", "7",
          "sink.requests.max-inflight", "1"), List.of("k")), 0, 1,
          rows(0, 200, 10));
      Map<String, Set<String>> shardsByKey = new HashMap<>();
      Map<String, List<Long>> valuesByKey = new HashMap<>();
      for (Shard shard : streams.shards(stream)) {
        for (String text : streams.readShard(stream, shard.shardId())) {
          String key = text.substring(text.indexOf("\"k\":\"") + 5, text.indexOf("\","));
          shardsByKey.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(shard.shardId());
          valuesByKey.computeIfAbsent(key, k -> new java.util.ArrayList<>())
              .add(Long.parseLong(text.substring(text.indexOf("\"n\":") + 4, text.indexOf('}'))));
        }
      }
      assertThat(shardsByKey).hasSize(10).allSatisfy((key, shards) -> assertThat(shards).hasSize(1));
      assertThat(shardsByKey.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
          .as("ten keys spread over several shards").hasSizeGreaterThan(1);
      valuesByKey.values().forEach(values -> assertThat(values).isSorted().hasSize(20));
    }
  }

  @Test
  void aFullBufferMakesWritesWaitAndLosesNothing(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("sink-backpressure", 1);
      Sink<?> sink = sink(streams.options(stream, "sink.batch.max-size", "2", "sink.requests.max-inflight", "1",
          "sink.requests.max-buffered", "3", "sink.partitioner", "fixed"), List.of());
      try (SinkWriter<?> writer = SinkDriver.writer(sink, 0, 1)) {
        for (Row row : rows(0, 30, 1)) {
          writer.write(row);
        }
        assertThat(streams.readAll(stream)).as("written while the writer waited").hasSizeGreaterThanOrEqualTo(27);
        writer.flush(false);
      }
      assertThat(streams.readAll(stream)).containsExactlyElementsOf(IntStream.range(0, 30)
          .mapToObj(i -> "{\"k\":\"key0\",\"n\":" + i + "}").toList());
    }
  }

  @Test
  void writesGoOnWhenKinesisComesBackAfterBeingAwayForAMoment(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server);
        TcpProxy proxy = new TcpProxy(URI.create(server.endpoint()).getPort())) {
      String stream = streams.create("sink-outage", 1);
      Sink<?> sink = sink(streams.options(stream, "aws.endpoint", "http://127.0.0.1:" + proxy.port(),
          "sink.batch.max-size", "10", "sink.partitioner", "fixed"), List.of());
      try (SinkWriter<?> writer = SinkDriver.writer(sink, 0, 1)) {
        for (Row row : rows(0, 50, 1)) {
          writer.write(row);
        }
        writer.flush(false);
        proxy.cut();
        for (Row row : rows(50, 100, 1)) {
          writer.write(row);
        }
        Thread comesBack = new Thread(() -> {
          KinesisStreams.pause(1_500);
          proxy.restore();
        });
        comesBack.start();
        writer.flush(false);
        comesBack.join();
      }
      assertThat(Set.copyOf(streams.readAll(stream))).as("every row, none lost (a retried call may repeat some)")
          .isEqualTo(IntStream.range(0, 100).mapToObj(i -> "{\"k\":\"key0\",\"n\":" + i + "}")
              .collect(Collectors.toSet()));
    }
  }

  @Test
  void aRowTooLargeForARecordFailsWithAClearMessage(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("sink-large", 1);
      try (SinkWriter<?> writer = SinkDriver.writer(sink(streams.options(stream), List.of()), 0, 1)) {
        assertThatThrownBy(() -> writer.write(Row.of("x".repeat(1_100_000), 1L)))
            .isInstanceOf(ConnectorException.class)
            .hasMessageMatching("A row of table events makes a Kinesis record of [0-9]+ bytes \\(data and"
                + " partition key\\), more than the 1 MiB \\(1048576 bytes\\) a record may hold, so it can never"
                + " be written\\. Hint: .*");
      }
    }
  }

  @Test
  void unknownStreamsWrongEndpointsAndMissingCredentialsAreOneLineErrors(KinesisServer server)
      throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      assertThatThrownBy(() -> SinkDriver.writeAll(sink(streams.options("no-such-stream"), List.of()), 0, 1,
          rows(0, 1, 1)))
          .isInstanceOf(ConnectorException.class)
          .hasMessage("Kinesis stream 'no-such-stream' in region us-east-1 at " + server.endpoint()
              + " of table events does not exist. Hint: create it, or check option 'stream' and 'aws.region'");
      int closedPort;
      try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
        closedPort = socket.getLocalPort();
      }
      assertThatThrownBy(() -> SinkDriver.writeAll(sink(streams.options("s", "aws.endpoint",
          "http://127.0.0.1:" + closedPort), List.of()), 0, 1, rows(0, 1, 1)))
          .isInstanceOf(ConnectorException.class)
          .hasMessageStartingWith("Cannot reach Kinesis for table events at http://127.0.0.1:" + closedPort
              + " to write records: ")
          .hasMessageEndingWith(". Hint: check options 'aws.endpoint' and 'aws.region'")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
      assertThatThrownBy(() -> SinkDriver.writeAll(sink(streams.options("s", "aws.credentials.provider",
          "SYS_PROP"), List.of()), 0, 1, rows(0, 1, 1)))
          .isInstanceOf(ConnectorException.class)
          .hasMessageStartingWith("No AWS credentials for table events: ")
          .hasMessageEndingWith("Hint: set 'aws.credentials.provider' = 'BASIC' with"
              + " 'aws.credentials.basic.accesskeyid' and 'aws.credentials.basic.secretkey'")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }
}

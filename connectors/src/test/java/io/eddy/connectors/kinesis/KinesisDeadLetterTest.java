package io.eddy.connectors.kinesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eddy.connectors.kinesis.testing.KinesisServer;
import io.eddy.connectors.kinesis.testing.KinesisServerExtension;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.testing.SourceHarness;
import io.eddy.runtime.data.Row;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.kinesis.model.Record;

/**
 * Dead-letter streams of Kinesis sources against a real kinesis-local: undecodable records go to the
 * dead-letter stream as JSON envelopes (written when the reader snapshots) while the good rows come
 * out; a missing dead-letter stream fails the start, one deleted later the next snapshot, and a record
 * too large for its envelope the read, each with what to fix.
 */
@ExtendWith(KinesisServerExtension.class)
class KinesisDeadLetterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] BINARY = {(byte) 0xff, (byte) 0xfe, 0, 1, '{'};

  @Test
  void malformedRecordsGoToTheDeadLetterStreamWithTheirProvenanceAndRawData(KinesisServer server)
      throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("dlq-source", 2);
      String deadLetters = streams.create("dlq", 1);
      streams.put(stream, "a", List.of(KinesisSourceTest.event("a", 1), "{\"k\":\"a\",\"n\":\"ten\"}"));
      streams.put(stream, "b", List.of("{\"k\":", KinesisSourceTest.event("b", 2)));
      streams.putBytes(stream, "c", BINARY);
      streams.put(stream, "c", List.of(KinesisSourceTest.event("c", 3)));
      List<String> good = List.of(KinesisSourceTest.event("a", 1), KinesisSourceTest.event("b", 2),
          KinesisSourceTest.event("c", 3));
      Map<String, Record> malformed = new java.util.LinkedHashMap<>();
      Map<String, String> shardOf = new java.util.HashMap<>();
      for (var shard : streams.shards(stream)) {
        for (Record record : streams.shardRecords(stream, shard.shardId())) {
          if (!good.contains(new String(record.data().asByteArray(), StandardCharsets.UTF_8))) {
            malformed.put(record.sequenceNumber(), record);
            shardOf.put(record.sequenceNumber(), shard.shardId());
          }
        }
      }
      assertThat(malformed).hasSize(3);
      try (SourceHarness<KinesisShardSplit> harness = KinesisSourceTest.harness(streams.options(stream,
          "source.init.position", "TRIM_HORIZON", "dead-letter.stream", deadLetters), 1, List.of()).start()) {
        List<Row> rows = KinesisSourceTest.pollFor(harness, 1, 3);
        assertThat(rows.stream().map(r -> r.getString(0) + ":" + r.getLong(1)).sorted())
            .containsExactly("a:1", "b:2", "c:3");
        harness.snapshot(0);
      }
      List<Record> letters = streams.records(deadLetters);
      assertThat(letters).as("exactly the malformed records").hasSize(3);
      List<String> errors = new ArrayList<>();
      for (Record letter : letters) {
        JsonNode envelope = JSON.readTree(letter.data().asByteArray());
        assertThat(envelope.fieldNames()).toIterable().containsExactly("stream", "shard-id", "sequence-number",
            "partition-key", "timestamp", "error", "data");
        Record original = malformed.get(envelope.get("sequence-number").asText());
        assertThat(original).as("a malformed record of the source: " + envelope).isNotNull();
        assertThat(envelope.get("stream").asText()).isEqualTo(stream);
        assertThat(envelope.get("shard-id").asText()).isEqualTo(shardOf.get(original.sequenceNumber()));
        assertThat(envelope.get("partition-key").asText()).isEqualTo(original.partitionKey());
        assertThat(letter.partitionKey()).isEqualTo(original.partitionKey());
        assertThat(envelope.get("timestamp").asLong())
            .isEqualTo(original.approximateArrivalTimestamp().toEpochMilli());
        assertThat(Base64.getDecoder().decode(envelope.get("data").asText()))
            .isEqualTo(original.data().asByteArray());
        errors.add(original.partitionKey() + ": " + envelope.get("error").asText());
      }
      assertThat(errors).anySatisfy(e -> assertThat(e).isEqualTo("a: field 'n': cannot read 'ten' as BIGINT"))
          .anySatisfy(e -> assertThat(e).startsWith("b: "))
          .anySatisfy(e -> assertThat(e).startsWith("c: "));
      assertThat(letters.stream().map(r -> Base64.getDecoder().decode(
          readTree(r).get("data").asText()))).anySatisfy(data -> assertThat(data).isEqualTo(BINARY));
    }
  }

  private static JsonNode readTree(Record record) {
    try {
      return JSON.readTree(record.data().asByteArray());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aMissingDeadLetterStreamFailsTheStartWithWhatToFix(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("dlq-missing", 1);
      try (SourceHarness<KinesisShardSplit> harness = KinesisSourceTest.harness(streams.options(stream,
          "dead-letter.stream", "no-such-dlq"), 1, List.of())) {
        assertThatThrownBy(harness::start)
            .isInstanceOf(ConnectorException.class)
            .hasMessage("Kinesis dead-letter stream 'no-such-dlq' in region us-east-1 at " + server.endpoint()
                + " of table events does not exist. Hint: create it, or check option 'dead-letter.stream' and"
                + " 'aws.region'");
      }
    }
  }

  @Test
  void aDeadLetterStreamThatDisappearsFailsTheNextSnapshotWithWhatToFix(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("dlq-gone", 1);
      String deadLetters = streams.create("dlq-gone-letters", 1);
      streams.put(stream, "a", List.of(KinesisSourceTest.event("a", 1)));
      try (SourceHarness<KinesisShardSplit> harness = KinesisSourceTest.harness(streams.options(stream,
          "source.init.position", "TRIM_HORIZON", "dead-letter.stream", deadLetters), 1, List.of()).start()) {
        KinesisSourceTest.pollFor(harness, 1, 1);
        streams.delete(deadLetters);
        streams.put(stream, "a", List.of("not json", KinesisSourceTest.event("a", 2)));
        KinesisSourceTest.pollFor(harness, 1, 2);
        assertThatThrownBy(() -> harness.snapshot(0))
            .isInstanceOf(ConnectorException.class)
            .hasMessage("Kinesis dead-letter stream '" + deadLetters + "' in region us-east-1 at " + server.endpoint()
                + " of table events does not exist. Hint: create it, or check option 'dead-letter.stream' and"
                + " 'aws.region'");
      }
    }
  }

  @Test
  void aMalformedRecordTooLargeForItsEnvelopeFailsWithWhatToDo(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("dlq-large", 1);
      String deadLetters = streams.create("dlq-large-letters", 1);
      byte[] large = new byte[800 * 1024];
      java.util.Arrays.fill(large, (byte) 'x');
      streams.putBytes(stream, "big", large);
      String sequenceNumber = streams.records(stream).get(0).sequenceNumber();
      String shard = streams.shards(stream).get(0).shardId();
      try (SourceHarness<KinesisShardSplit> harness = KinesisSourceTest.harness(streams.options(stream,
          "source.init.position", "TRIM_HORIZON", "dead-letter.stream", deadLetters), 1, List.of()).start()) {
        assertThatThrownBy(() -> KinesisSourceTest.pollFor(harness, 1, 1))
            .isInstanceOf(ConnectorException.class)
            .hasMessageStartingWith("The malformed record at shard/sequence number " + shard + "/" + sequenceNumber
                + " of table events is too large for its dead-letter stream '" + deadLetters
                + "': its envelope makes a record of ")
            .hasMessageEndingWith(" bytes, more than the 1 MiB (1048576 bytes) a record may hold. Hint: skip such"
                + " records with the format's 'ignore-parse-errors' option");
      }
    }
  }
}

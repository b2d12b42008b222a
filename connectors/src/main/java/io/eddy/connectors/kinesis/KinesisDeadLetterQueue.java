package io.eddy.connectors.kinesis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.DeadLetter;
import io.eddy.connectors.spi.DeadLetterQueue;
import io.eddy.runtime.time.Clock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;

/**
 * Writes the dead letters of one Kinesis source reader to the table's dead-letter stream, each as
 * one record holding a JSON envelope, with the original record's partition key:
 * <pre>{"stream": ..., "shard-id": ..., "sequence-number": ..., "partition-key": ..., "timestamp": ...,
 * "error": ..., "data": "&lt;the raw data in base64&gt;"}</pre>
 * (every value a string; {@code timestamp} is the approximate arrival time in milliseconds since the
 * epoch, left out when Kinesis gave none). Records go through a {@link PutRecordsWriter}: batched,
 * rejected ones retried; a dead letter that cannot be written fails a later call with a one-line
 * message naming the dead-letter stream.
 */
final class KinesisDeadLetterQueue implements DeadLetterQueue {

  private static final JsonFactory JSON = new JsonFactory();

  private final KinesisSinkSettings settings;
  private final PutRecordsWriter writer;
  private long sent;

  /** A queue writing {@code settings.client()}'s stream with a client of its own. */
  KinesisDeadLetterQueue(KinesisSinkSettings settings, Clock clock) {
    this.settings = settings;
    this.writer = new PutRecordsWriter(settings, clock);
  }

  /**
   * Checks, with {@code client}, that the dead-letter stream of {@code deadLetters} exists, so that a
   * missing one fails the start of the job rather than its first malformed record.
   */
  static void requireStream(KinesisAsyncClient client, KinesisClientSettings deadLetters) {
    StreamReference stream = deadLetters.stream();
    try {
      client.describeStreamSummary(b -> b.streamName(stream.name()).streamARN(stream.arn())).join();
    } catch (RuntimeException e) {
      throw KinesisErrors.of(deadLetters, "find the dead-letter stream", e);
    }
  }

  /** The envelope of a dead letter: its provenance, the error and the raw data in base64, as JSON. */
  static byte[] envelope(DeadLetter letter) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      json.writeStartObject();
      for (Map.Entry<String, String> field : letter.provenance().entrySet()) {
        json.writeStringField(field.getKey(), field.getValue());
      }
      json.writeStringField("error", letter.error());
      json.writeStringField("data", Base64.getEncoder().encodeToString(
          letter.value() == null ? new byte[0] : letter.value()));
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Override
  public void send(DeadLetter letter) {
    byte[] envelope = envelope(letter);
    String partitionKey = new String(letter.key(), StandardCharsets.UTF_8);
    long bytes = PutRecordsWriter.recordBytes(envelope, partitionKey);
    if (bytes > PutRecordsWriter.MAX_RECORD_BYTES) {
      throw new ConnectorException("The malformed record at shard/sequence number "
          + letter.provenance().get("shard-id") + "/" + letter.provenance().get("sequence-number") + " of table "
          + settings.client().tableName() + " is too large for its " + settings.client().stream().describe()
          + ": its envelope makes a record of " + bytes + " bytes, more than the 1 MiB (1048576 bytes) a record"
          + " may hold. Hint: skip such records with the format's 'ignore-parse-errors' option");
    }
    try {
      writer.add(envelope, partitionKey);
    } catch (InterruptedException e) {
      throw interrupted();
    }
    sent++;
  }

  @Override
  public void progress() {
    writer.progress();
  }

  @Override
  public void flush() {
    try {
      writer.flush();
    } catch (InterruptedException e) {
      throw interrupted();
    }
  }

  private ConnectorException interrupted() {
    Thread.currentThread().interrupt();
    return new ConnectorException("Interrupted while writing dead letters of table "
        + settings.client().tableName() + " to its " + settings.client().stream().describe());
  }

  @Override
  public long sent() {
    return sent;
  }

  @Override
  public void close() {
    writer.close();
  }

  @Override
  public String toString() {
    return "KinesisDeadLetterQueue[" + settings.client().location() + ", " + sent + " sent]";
  }
}

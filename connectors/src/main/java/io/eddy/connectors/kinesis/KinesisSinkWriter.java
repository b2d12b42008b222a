package io.eddy.connectors.kinesis;

import io.eddy.connectors.format.RecordEncoder;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.sink.SinkWriter;
import io.eddy.runtime.time.Clock;

/**
 * Writes one sink subtask's rows, each encoded in the table's format as one record with its
 * partition key, through a {@link PutRecordsWriter} (batches within Kinesis' limits, retries of
 * rejected records, backpressure). A row too large for a record (1 MiB of data and partition key)
 * fails the job. {@link #flush} waits until everything is written.
 */
final class KinesisSinkWriter implements SinkWriter<Void> {

  private final KinesisSinkSettings settings;
  private final RecordEncoder encoder;
  private final PartitionKeys keys;
  private final PutRecordsWriter writer;

  KinesisSinkWriter(KinesisSinkSettings settings, RecordEncoder encoder, PartitionKeys keys, Clock clock) {
    this.settings = settings;
    this.encoder = encoder;
    this.keys = keys;
    this.writer = new PutRecordsWriter(settings, clock);
  }

  @Override
  public void write(Row row) throws InterruptedException {
    byte[] data = encoder.encode(row);
    String key = keys.of(row);
    long bytes = PutRecordsWriter.recordBytes(data, key);
    if (bytes > PutRecordsWriter.MAX_RECORD_BYTES) {
      throw new ConnectorException("A row of table " + settings.client().tableName() + " makes a Kinesis record"
          + " of " + bytes + " bytes (data and partition key), more than the 1 MiB (1048576 bytes) a record may"
          + " hold, so it can never be written. Hint: filter or shorten such rows before the sink");
    }
    writer.add(data, key);
  }

  @Override
  public void writeWatermark(long watermark) {
    writer.progress();
  }

  @Override
  public void flush(boolean endOfInput) throws InterruptedException {
    writer.flush();
  }

  /** Records sent again after Kinesis rejected them, so far. */
  long retriedRecords() {
    return writer.retriedRecords();
  }

  @Override
  public void close() {
    writer.close();
  }
}

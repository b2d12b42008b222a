package io.eddy.connectors.kinesis;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.data.RowSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a Kinesis sink writes, from the table's options.
 *
 * @param client how to reach the stream
 * @param partitionFields indexes of the {@code PARTITIONED BY} columns making the partition key; empty
 *                        for keys from {@code sink.partitioner}
 * @param partitioner 'random' or 'fixed' (one key per writer)
 * @param fieldDelimiter separator of the partition columns' values in a key
 * @param batchMaxSize most records in one PutRecords call
 * @param maxInFlight most PutRecords calls in flight
 * @param maxBuffered most records buffered or in flight before writes wait
 * @param flushBufferBytes buffered bytes that make a writer send
 * @param flushTimeout longest time a record stays buffered
 * @param failOnError whether a rejected record fails the job instead of being retried
 */
record KinesisSinkSettings(KinesisClientSettings client, List<Integer> partitionFields, String partitioner,
                           String fieldDelimiter, int batchMaxSize, int maxInFlight, int maxBuffered,
                           long flushBufferBytes, Duration flushTimeout, boolean failOnError) {

  KinesisSinkSettings {
    requireNonNull(client, "client is null");
    partitionFields = List.copyOf(partitionFields);
    requireNonNull(partitioner, "partitioner is null");
    requireNonNull(fieldDelimiter, "fieldDelimiter is null");
    requireNonNull(flushTimeout, "flushTimeout is null");
  }

  static KinesisSinkSettings of(String tableName, RowSchema schema, OptionValues options,
      List<String> partitionKeys) {
    String partitioner = options.get(KinesisOptions.SINK_PARTITIONER);
    if (!partitioner.equals("random") && !partitioner.equals("fixed")) {
      throw new ConnectorException("Invalid value '" + partitioner + "' of option 'sink.partitioner' of table "
          + tableName + ": expected 'random' or 'fixed' (or PARTITIONED BY columns)");
    }
    List<Integer> fields = new ArrayList<>();
    for (String key : partitionKeys) {
      int index = schema.fields().stream().map(RowSchema.Field::name).toList().indexOf(key);
      if (index < 0) {
        throw new ConnectorException("PARTITIONED BY column '" + key + "' of table " + tableName
            + " is not a physical column");
      }
      fields.add(index);
    }
    return of(KinesisClientSettings.of(tableName, options), fields, partitioner, options);
  }

  /**
   * How a source table's dead-letter stream ({@code dead-letter.stream} or {@code dead-letter.stream.arn})
   * is written: in the table's account, region and endpoint, with its {@code sink.*} batching options;
   * null when the table has none.
   */
  static KinesisSinkSettings deadLetters(String tableName, OptionValues options) {
    StreamReference stream = StreamReference.deadLetter(tableName, options);
    if (stream == null) {
      return null;
    }
    return of(KinesisClientSettings.of(tableName, options).withStream(stream), List.of(), "random", options);
  }

  private static KinesisSinkSettings of(KinesisClientSettings client, List<Integer> fields, String partitioner,
      OptionValues options) {
    return new KinesisSinkSettings(client, fields, partitioner,
        options.get(KinesisOptions.SINK_PARTITIONER_FIELD_DELIMITER),
        options.get(KinesisOptions.SINK_BATCH_MAX_SIZE), options.get(KinesisOptions.SINK_REQUESTS_MAX_INFLIGHT),
        options.get(KinesisOptions.SINK_REQUESTS_MAX_BUFFERED), options.get(KinesisOptions.SINK_FLUSH_BUFFER_SIZE),
        options.get(KinesisOptions.SINK_FLUSH_BUFFER_TIMEOUT), options.get(KinesisOptions.SINK_FAIL_ON_ERROR));
  }
}

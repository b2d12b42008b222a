package io.eddy.connectors.kinesis;

import io.eddy.connectors.spi.MetadataColumn;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.services.kinesis.model.Record;

/**
 * The metadata of a Kinesis record ({@code METADATA FROM 'shard-id'}): Flink's {@code timestamp}
 * (the approximate arrival time), {@code shard-id} and {@code sequence-number}, and
 * {@code partition-key}. All are read-only.
 */
enum KinesisMetadata {
  TIMESTAMP("timestamp", FieldType.timestampLtz(3)),
  SHARD_ID("shard-id", FieldType.STRING),
  SEQUENCE_NUMBER("sequence-number", FieldType.STRING),
  PARTITION_KEY("partition-key", FieldType.STRING);

  private final String key;
  private final FieldType type;

  KinesisMetadata(String key, FieldType type) {
    this.key = key;
    this.type = type;
  }

  String key() {
    return key;
  }

  FieldType type() {
    return type;
  }

  static List<MetadataColumn> columns() {
    return Arrays.stream(values()).map(m -> new MetadataColumn(m.key, m.type, false)).toList();
  }

  static KinesisMetadata of(String key) {
    for (KinesisMetadata metadata : values()) {
      if (metadata.key.equals(key)) {
        return metadata;
      }
    }
    throw new IllegalArgumentException("no Kinesis metadata '" + key + "'");
  }

  /** Writes this metadata of {@code record}, read from {@code shardId}, into field {@code index}. */
  void write(String shardId, Record record, Row row, int index) {
    switch (this) {
      case TIMESTAMP -> {
        if (record.approximateArrivalTimestamp() == null) {
          row.setNullAt(index);
        } else {
          row.setTimestamp(index, record.approximateArrivalTimestamp().toEpochMilli());
        }
      }
      case SHARD_ID -> row.setString(index, shardId);
      case SEQUENCE_NUMBER -> row.setString(index, record.sequenceNumber());
      case PARTITION_KEY -> row.setString(index, record.partitionKey());
    }
  }
}

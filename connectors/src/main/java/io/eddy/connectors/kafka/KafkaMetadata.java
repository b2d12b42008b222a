package io.eddy.connectors.kafka;

import io.eddy.connectors.spi.MetadataColumn;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** The metadata of a Kafka record, with Flink's keys ({@code METADATA FROM 'offset'}). */
enum KafkaMetadata {
  TOPIC("topic", FieldType.STRING, false),
  PARTITION("partition", FieldType.INT, false),
  HEADERS("headers", FieldType.map(FieldType.STRING, FieldType.BYTES), true),
  LEADER_EPOCH("leader-epoch", FieldType.INT, false),
  OFFSET("offset", FieldType.BIGINT, false),
  TIMESTAMP("timestamp", FieldType.timestampLtz(3), true),
  TIMESTAMP_TYPE("timestamp-type", FieldType.STRING, false);

  private final String key;
  private final FieldType type;
  private final boolean writable;

  KafkaMetadata(String key, FieldType type, boolean writable) {
    this.key = key;
    this.type = type;
    this.writable = writable;
  }

  String key() {
    return key;
  }

  FieldType type() {
    return type;
  }

  static List<MetadataColumn> columns() {
    return Arrays.stream(values()).map(m -> new MetadataColumn(m.key, m.type, m.writable)).toList();
  }

  static KafkaMetadata of(String key) {
    for (KafkaMetadata metadata : values()) {
      if (metadata.key.equals(key)) {
        return metadata;
      }
    }
    throw new IllegalArgumentException("no Kafka metadata '" + key + "'");
  }

  /** Writes this metadata of {@code record} into field {@code index}. */
  void write(ConsumerRecord<byte[], byte[]> record, Row row, int index) {
    switch (this) {
      case TOPIC -> row.setString(index, record.topic());
      case PARTITION -> row.setInt(index, record.partition());
      case HEADERS -> row.setObject(index, headers(record));
      case LEADER_EPOCH -> record.leaderEpoch().ifPresentOrElse(epoch -> row.setInt(index, epoch),
          () -> row.setNullAt(index));
      case OFFSET -> row.setLong(index, record.offset());
      case TIMESTAMP -> row.setTimestamp(index, record.timestamp());
      case TIMESTAMP_TYPE -> row.setString(index, record.timestampType().toString());
    }
  }

  private static Map<String, byte[]> headers(ConsumerRecord<byte[], byte[]> record) {
    Map<String, byte[]> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), header.value());
    }
    return headers;
  }
}

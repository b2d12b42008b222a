package io.eddy.connectors.kafka;

import io.eddy.connectors.format.RecordEncoder;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Turns a sink's rows into producer records of its topic: the value (and the key, with
 * {@code key.format}) in the table's formats. One per writer: it reuses its projection rows. Only sinks
 * that take updates (upsert-kafka) get other kinds than {@code +I}: a {@code -U} gives no record (the
 * {@code +U} after it replaces the key's value) and a {@code -D} a tombstone (the key, a null value).
 */
final class KafkaRecordEncoder {

  private final String topic;
  private final RecordEncoder valueEncoder;
  private final RecordEncoder keyEncoder;
  private final int[] valueFields;
  private final int[] keyFields;
  private final Row valueRow;
  private final Row keyRow;

  KafkaRecordEncoder(KafkaSink sink) {
    this.topic = sink.topic();
    KafkaRecordFormat format = sink.format();
    RowSchema valueSchema = KafkaRecordFormat.schemaOf(sink.schema(), format.valueFields());
    this.valueEncoder = format.valueFormat().createEncoder(valueSchema, format.valueOptions());
    this.valueFields = format.valueFields().stream().mapToInt(Integer::intValue).toArray();
    this.valueRow = new Row(valueSchema);
    this.keyFields = format.keyFields().stream().mapToInt(Integer::intValue).toArray();
    if (format.keyFormat() == null) {
      this.keyEncoder = null;
      this.keyRow = null;
    } else {
      RowSchema keySchema = format.keySchema(sink.schema());
      this.keyEncoder = format.keyFormat().createEncoder(keySchema, format.keyOptions());
      this.keyRow = new Row(keySchema);
    }
  }

  /**
   * The record of {@code row}, to {@code partition} or (when null) where the partitioner puts it; null
   * for a {@code -U}, which is not written.
   */
  ProducerRecord<byte[], byte[]> encode(Row row, Integer partition) {
    if (row.getKind() == RowKind.UPDATE_BEFORE) {
      return null;
    }
    byte[] key = keyEncoder == null ? null : keyEncoder.encode(project(row, keyFields, keyRow));
    byte[] value = row.getKind() == RowKind.DELETE ? null : valueEncoder.encode(project(row, valueFields, valueRow));
    return new ProducerRecord<>(topic, partition, key, value);
  }

  private static Row project(Row row, int[] fields, Row target) {
    if (fields.length == row.arity()) {
      return row;
    }
    for (int i = 0; i < fields.length; i++) {
      target.setFieldFrom(i, row, fields[i]);
    }
    return target;
  }
}

package io.eddy.connectors.kafka;

import io.eddy.connectors.format.RecordEncoder;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.sink.SinkWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RoundRobinPartitioner;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes one sink subtask's rows with its own producer. A failed send fails the next write or flush
 * with the topic and the reason. Only sinks that take updates (upsert-kafka) get other kinds than
 * {@code +I}: a {@code -U} is dropped (the {@code +U} after it replaces the key's value) and a
 * {@code -D} is written as a tombstone (the key with a null value).
 */
final class KafkaSinkWriter implements SinkWriter<Void> {

  private final KafkaSink sink;
  private final KafkaProducer<byte[], byte[]> producer;
  private final RecordEncoder valueEncoder;
  private final RecordEncoder keyEncoder;
  private final int[] valueFields;
  private final int[] keyFields;
  private final Row valueRow;
  private final Row keyRow;
  private final Integer fixedPartition;
  private volatile Exception sendError;

  KafkaSinkWriter(KafkaSink sink, int subtaskIndex) {
    this.sink = sink;
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
    Map<String, Object> overrides = new HashMap<>(Map.of(
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    if (sink.partitioner().equals("round-robin")) {
      overrides.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, RoundRobinPartitioner.class.getName());
    }
    Properties properties = KafkaClientProperties.with(sink.clientProperties(), overrides);
    this.producer = new KafkaProducer<>(properties);
    if (sink.partitioner().equals("fixed")) {
      this.fixedPartition = subtaskIndex % producer.partitionsFor(sink.topic()).size();
    } else {
      this.fixedPartition = null;
    }
  }

  @Override
  public void write(Row row) {
    checkSent();
    if (row.getKind() == RowKind.UPDATE_BEFORE) {
      return;
    }
    byte[] key = keyEncoder == null ? null : keyEncoder.encode(project(row, keyFields, keyRow));
    byte[] value = row.getKind() == RowKind.DELETE ? null : valueEncoder.encode(project(row, valueFields, valueRow));
    producer.send(new ProducerRecord<>(sink.topic(), fixedPartition, key, value), (metadata, error) -> {
      if (error != null && sendError == null) {
        sendError = error;
      }
    });
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

  @Override
  public void flush(boolean endOfInput) {
    if (sink.flushOnCheckpoint() || endOfInput) {
      producer.flush();
    }
    checkSent();
  }

  @Override
  public List<Void> prepareCommit(long checkpointId) {
    return List.of();
  }

  private void checkSent() {
    Exception error = sendError;
    if (error != null) {
      throw new ConnectorException("Cannot write to topic '" + sink.topic() + "' of table "
          + sink.tableName() + ": " + error.getMessage());
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}

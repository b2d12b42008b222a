package io.eddy.connectors.kafka;

import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.sink.SinkWriter;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes one sink subtask's rows with its own producer ({@code none} and {@code at-least-once}). A
 * failed send fails the next write or flush with the topic and the reason.
 */
final class KafkaSinkWriter implements SinkWriter<Void> {

  private final KafkaSink sink;
  private final KafkaProducer<byte[], byte[]> producer;
  private final KafkaRecordEncoder encoder;
  private final Integer fixedPartition;
  private volatile Exception sendError;

  KafkaSinkWriter(KafkaSink sink, int subtaskIndex) {
    this.sink = sink;
    this.encoder = new KafkaRecordEncoder(sink);
    this.producer = new KafkaProducer<>(KafkaClientProperties.producer(sink.clientProperties(),
        sink.partitioner()));
    this.fixedPartition = KafkaClientProperties.fixedPartition(sink, producer, subtaskIndex);
  }

  @Override
  public void write(Row row) {
    checkSent();
    ProducerRecord<byte[], byte[]> record = encoder.encode(row, fixedPartition);
    if (record == null) {
      return;
    }
    producer.send(record, (metadata, error) -> {
      if (error != null && sendError == null) {
        sendError = error;
      }
    });
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
    KafkaClientClosing.close(producer);
  }
}

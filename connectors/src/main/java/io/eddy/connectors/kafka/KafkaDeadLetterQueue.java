package io.eddy.connectors.kafka;

import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.DeadLetter;
import io.eddy.connectors.spi.DeadLetterQueue;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes dead letters to a Kafka topic: the raw key and value unchanged, the provenance as headers
 * {@code source.topic}, {@code source.partition}, {@code source.offset}, {@code source.timestamp}
 * and the reason as header {@code error}. A failed send fails the next call with the reason.
 */
final class KafkaDeadLetterQueue implements DeadLetterQueue {

  private final String tableName;
  private final String topic;
  private final KafkaProducer<byte[], byte[]> producer;
  private volatile Exception sendError;
  private long sent;

  KafkaDeadLetterQueue(String tableName, String topic, Properties properties) {
    this.tableName = tableName;
    this.topic = topic;
    this.producer = new KafkaProducer<>(KafkaClientProperties.with(properties, Map.of(
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName())));
  }

  @Override
  public void send(DeadLetter letter) {
    checkSent();
    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, letter.key(), letter.value());
    letter.headers().forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
    producer.send(record, (metadata, error) -> {
      if (error != null && sendError == null) {
        sendError = error;
      }
    });
    sent++;
  }

  @Override
  public void flush() {
    producer.flush();
    checkSent();
  }

  @Override
  public long sent() {
    return sent;
  }

  private void checkSent() {
    Exception error = sendError;
    if (error != null) {
      throw new ConnectorException("Cannot write to dead-letter topic '" + topic + "' of table " + tableName
          + ": " + error.getMessage());
    }
  }

  @Override
  public void close() {
    KafkaClientClosing.close(producer);
  }
}

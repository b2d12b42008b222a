package io.eddy.connectors.kafka;

import io.eddy.connectors.kafka.testing.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a whole topic as a consumer with {@code isolation.level} read_committed or read_uncommitted sees it. */
final class ReadCommitted {

  private ReadCommitted() {}

  /** The values of {@code topic} a read_committed consumer sees, polled until {@code expected} or the timeout. */
  static List<String> committed(KafkaBroker broker, String topic, int expected, Duration timeout) {
    return read(broker, topic, "read_committed", expected, timeout);
  }

  /** The values a read_uncommitted consumer sees, open transactions included. */
  static List<String> uncommitted(KafkaBroker broker, String topic, int expected, Duration timeout) {
    return read(broker, topic, "read_uncommitted", expected, timeout);
  }

  private static List<String> read(KafkaBroker broker, String topic, String isolation, int expected,
      Duration timeout) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (values.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(100))
            .forEach(record -> values.add(new String(record.value(), StandardCharsets.UTF_8)));
      }
    }
    return values;
  }
}

package io.eddy.connectors.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RoundRobinPartitioner;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The Kafka client configuration of a table: its {@code properties.*} options without the prefix. */
final class KafkaClientProperties {

  private KafkaClientProperties() {}

  static Properties of(Map<String, String> options) {
    Properties properties = new Properties();
    options.forEach((key, value) -> {
      if (key.startsWith(KafkaOptions.PROPERTIES_PREFIX)) {
        properties.setProperty(key.substring(KafkaOptions.PROPERTIES_PREFIX.length()), value);
      }
    });
    return properties;
  }

  /** A copy of {@code base} with {@code overrides} set. */
  static Properties with(Properties base, Map<String, Object> overrides) {
    Properties copy = new Properties();
    copy.putAll(base);
    copy.putAll(overrides);
    return copy;
  }

  /** A consumer of raw bytes that never commits offsets (sources assign partitions themselves). */
  static KafkaConsumer<byte[], byte[]> consumer(Properties base) {
    return new KafkaConsumer<>(with(base, Map.of(
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")));
  }

  /** The configuration of a producer of raw bytes with the sink's partitioner. */
  static Properties producer(Properties base, String partitioner) {
    Map<String, Object> overrides = new HashMap<>(Map.of(
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    if (partitioner.equals("round-robin")) {
      overrides.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, RoundRobinPartitioner.class.getName());
    }
    return with(base, overrides);
  }

  /** The partition a writer writes to with {@code 'sink.partitioner' = 'fixed'}, null otherwise. */
  static Integer fixedPartition(KafkaSink sink, Producer<?, ?> producer, int subtaskIndex) {
    if (!sink.partitioner().equals("fixed")) {
      return null;
    }
    return subtaskIndex % producer.partitionsFor(sink.topic()).size();
  }
}

package io.eddy.connectors.kafka;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

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
}

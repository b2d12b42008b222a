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

  /**
   * The producers' {@code batch.size} unless the table sets {@code properties.batch.size}: 64 KiB
   * instead of Kafka's 16 KiB. With at most 5 requests in flight per broker and one batch per
   * partition in a request, 16 KiB batches cap a sink writing one partition at about 60-90K records
   * of 250 bytes per second against a local broker (4 ms per request), so at 50K records/s any
   * hiccup left a queue that took seconds to drain (p99 latency 1.5 s); 64 KiB batches lift that
   * cap past 200K/s. A batch is still sent after {@code linger.ms} when not full, so latency at low
   * rates is unchanged.
   */
  static final int SINK_BATCH_SIZE = 64 * 1024;

  /**
   * The producers' {@code linger.ms} unless the table sets {@code properties.linger.ms}: 0, which
   * Kafka clients before 4.0 had as their default and Flink's Kafka sink runs with. Kafka 4.0 made it
   * 5 ms (KIP-1030): every result would wait up to 5 ms for others to share its batch. At 50K
   * results/s into a local broker, 5 ms gave p50/p99 4/11-15 ms from a bid's append to its result's,
   * and 0 gave 1/9 ms; records still share batches while earlier requests are in flight.
   */
  static final String SINK_LINGER_MILLIS = "0";

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

  /**
   * The configuration of a producer of raw bytes with the sink's partitioner, and
   * {@link #SINK_BATCH_SIZE} and {@link #SINK_LINGER_MILLIS} unless the table sets {@code batch.size}
   * or {@code linger.ms}.
   */
  static Properties producer(Properties base, String partitioner) {
    Map<String, Object> overrides = new HashMap<>(Map.of(
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    if (partitioner.equals("round-robin")) {
      overrides.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, RoundRobinPartitioner.class.getName());
    }
    if (!base.containsKey(ProducerConfig.BATCH_SIZE_CONFIG)) {
      overrides.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(SINK_BATCH_SIZE));
    }
    if (!base.containsKey(ProducerConfig.LINGER_MS_CONFIG)) {
      overrides.put(ProducerConfig.LINGER_MS_CONFIG, SINK_LINGER_MILLIS);
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

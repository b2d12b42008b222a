package io.eddy.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.connectors.kafka.testing.KafkaBroker;
import io.eddy.connectors.kafka.testing.KafkaBrokerExtension;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client settings Eddy's sink producers get unless a table sets them, against a real broker. */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaProducerDefaultsTest {

  @Test
  void sinkProducersBatchUpTo64KibUnlessTheTableSetsBatchSize(KafkaBroker broker) throws Exception {
    KafkaTopics topics = new KafkaTopics(broker);
    Properties table = KafkaClientProperties.of(Map.of("properties.bootstrap.servers", broker.bootstrapServers()));
    Properties defaults = KafkaClientProperties.producer(table, "default");
    assertThat(defaults.getProperty(ProducerConfig.BATCH_SIZE_CONFIG)).isEqualTo("65536");
    assertThat(largestBatch(topics, defaults)).isGreaterThan(16 * 1024).isLessThanOrEqualTo(64 * 1024);

    Properties chosen = KafkaClientProperties.producer(KafkaClientProperties.of(Map.of(
        "properties.bootstrap.servers", broker.bootstrapServers(), "properties.batch.size", "16384")), "round-robin");
    assertThat(chosen.getProperty(ProducerConfig.BATCH_SIZE_CONFIG)).isEqualTo("16384");
    assertThat(largestBatch(topics, chosen)).isLessThanOrEqualTo(16 * 1024);
  }

  @Test
  void sinkProducersSendWithoutLingeringUnlessTheTableSetsLingerMs() {
    Properties table = KafkaClientProperties.of(Map.of("properties.bootstrap.servers", "127.0.0.1:9092"));
    assertThat(KafkaClientProperties.producer(table, "default").getProperty(ProducerConfig.LINGER_MS_CONFIG)).isEqualTo("0");
    Properties chosen = KafkaClientProperties.of(Map.of("properties.bootstrap.servers", "127.0.0.1:9092",
        "properties.linger.ms", "20"));
    assertThat(KafkaClientProperties.producer(chosen, "round-robin").getProperty(ProducerConfig.LINGER_MS_CONFIG)).isEqualTo("20");
  }

  /** Appends 4,000 records of 200 bytes to one partition at once and returns the largest batch sent, in bytes. */
  private static double largestBatch(KafkaTopics topics, Properties properties) throws Exception {
    String topic = topics.create("batches", 1);
    byte[] value = new byte[200];
    Arrays.fill(value, (byte) 'x');
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties)) {
      producer.send(new ProducerRecord<>(topic, 0, null, null, value)).get(); // metadata first
      for (int i = 0; i < 4_000; i++) {
        producer.send(new ProducerRecord<>(topic, 0, null, null, value));
      }
      producer.flush();
      for (Map.Entry<MetricName, ? extends Metric> metric : producer.metrics().entrySet()) {
        if (metric.getKey().name().equals("batch-size-max") && metric.getKey().group().equals("producer-metrics")) {
          return ((Number) metric.getValue().metricValue()).doubleValue();
        }
      }
    }
    throw new AssertionError("The producer has no batch-size-max metric");
  }
}

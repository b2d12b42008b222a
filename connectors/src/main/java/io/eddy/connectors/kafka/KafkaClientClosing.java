package io.eddy.connectors.kafka;

import java.time.Duration;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * Closes Kafka clients within a bounded time, so that a job whose broker went away still ends. Rows a
 * sink must deliver were flushed before: at each checkpoint and at the end of the input.
 */
final class KafkaClientClosing {

  /** How long a client may take to close before it is closed forcibly. */
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private KafkaClientClosing() {
  }

  static void close(Consumer<?, ?> consumer) {
    consumer.close(CloseOptions.timeout(TIMEOUT));
  }

  static void close(Producer<?, ?> producer) {
    producer.close(TIMEOUT);
  }
}

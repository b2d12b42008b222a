package io.eddy.connectors.kafka;

import static java.util.Objects.requireNonNull;

import io.eddy.connectors.spi.DeadLetterQueue;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The dead-letter topic of a Kafka source ({@code dead-letter.topic}) and the producer settings to
 * write it: the table's {@code properties.*}, overridden by {@code dead-letter.properties.*}.
 *
 * @param topic the dead-letter topic
 * @param producerProperties the producer's client properties
 */
record KafkaDeadLetters(String topic, Properties producerProperties) {

  KafkaDeadLetters {
    requireNonNull(topic, "topic is null");
    requireNonNull(producerProperties, "producerProperties is null");
  }

  /** The dead-letter settings of a table's options, empty without {@code dead-letter.topic}. */
  static Optional<KafkaDeadLetters> of(Map<String, String> options) {
    String topic = options.get(KafkaOptions.DEAD_LETTER_TOPIC.key());
    if (topic == null || topic.isBlank()) {
      return Optional.empty();
    }
    Properties properties = KafkaClientProperties.of(options);
    options.forEach((key, value) -> {
      if (key.startsWith(KafkaOptions.DEAD_LETTER_PROPERTIES_PREFIX)) {
        properties.setProperty(key.substring(KafkaOptions.DEAD_LETTER_PROPERTIES_PREFIX.length()), value);
      }
    });
    return Optional.of(new KafkaDeadLetters(topic.trim(), properties));
  }

  /** A queue writing this topic with its own producer, for one reader of {@code tableName}. */
  DeadLetterQueue open(String tableName) {
    return new KafkaDeadLetterQueue(tableName, topic, producerProperties);
  }

  @Override
  public String toString() {
    return "dead letters to " + topic;
  }
}

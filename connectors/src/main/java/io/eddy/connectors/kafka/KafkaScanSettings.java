package io.eddy.connectors.kafka;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.kafka.KafkaOptions.BoundedMode;
import io.eddy.connectors.kafka.KafkaOptions.StartupMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * What a Kafka source reads and where it starts and stops, from the table's options.
 *
 * @param tableName the table, for messages
 * @param clientProperties the {@code properties.*} options for the clients
 * @param topics the topics to read, empty when {@code topicPattern} is set
 * @param topicPattern the topics to read by name, or null
 * @param startupMode where reading starts
 * @param startupTimestamp start time for {@link StartupMode#TIMESTAMP}, else null
 * @param startupOffsets start offsets by partition for {@link StartupMode#SPECIFIC_OFFSETS}
 * @param boundedMode where reading stops
 * @param boundedTimestamp stop time for {@link BoundedMode#TIMESTAMP}, else null
 * @param boundedOffsets stop offsets by partition for {@link BoundedMode#SPECIFIC_OFFSETS}
 * @param discoveryInterval how often an unbounded source looks for new partitions; zero for never
 * @param deadLetters where records that cannot be decoded go instead of failing, or null
 */
record KafkaScanSettings(String tableName, Properties clientProperties, List<String> topics,
                         Pattern topicPattern, StartupMode startupMode, Long startupTimestamp,
                         Map<Integer, Long> startupOffsets, BoundedMode boundedMode,
                         Long boundedTimestamp, Map<Integer, Long> boundedOffsets,
                         Duration discoveryInterval, KafkaDeadLetters deadLetters) {

  KafkaScanSettings {
    requireNonNull(tableName, "tableName is null");
    requireNonNull(clientProperties, "clientProperties is null");
    topics = List.copyOf(topics);
    requireNonNull(startupMode, "startupMode is null");
    startupOffsets = Map.copyOf(startupOffsets);
    requireNonNull(boundedMode, "boundedMode is null");
    boundedOffsets = Map.copyOf(boundedOffsets);
    requireNonNull(discoveryInterval, "discoveryInterval is null");
  }

  static KafkaScanSettings of(String tableName, Map<String, String> options) {
    OptionValues values = new OptionValues(options);
    String pattern = values.get(KafkaOptions.TOPIC_PATTERN);
    List<String> topics = values.get(KafkaOptions.TOPIC);
    String startOffsets = values.get(KafkaOptions.SCAN_STARTUP_SPECIFIC_OFFSETS);
    String stopOffsets = values.get(KafkaOptions.SCAN_BOUNDED_SPECIFIC_OFFSETS);
    return new KafkaScanSettings(tableName, KafkaClientProperties.of(options),
        topics == null ? List.of() : topics.stream().map(String::trim).filter(t -> !t.isEmpty()).toList(),
        pattern == null ? null : Pattern.compile(pattern), values.get(KafkaOptions.SCAN_STARTUP_MODE),
        values.get(KafkaOptions.SCAN_STARTUP_TIMESTAMP_MILLIS),
        startOffsets == null ? Map.of()
            : SpecificOffsets.parse(KafkaOptions.SCAN_STARTUP_SPECIFIC_OFFSETS.key(), startOffsets),
        values.get(KafkaOptions.SCAN_BOUNDED_MODE), values.get(KafkaOptions.SCAN_BOUNDED_TIMESTAMP_MILLIS),
        stopOffsets == null ? Map.of()
            : SpecificOffsets.parse(KafkaOptions.SCAN_BOUNDED_SPECIFIC_OFFSETS.key(), stopOffsets),
        values.get(KafkaOptions.SCAN_TOPIC_PARTITION_DISCOVERY_INTERVAL),
        KafkaDeadLetters.of(options).orElse(null));
  }

  boolean bounded() {
    return boundedMode != BoundedMode.UNBOUNDED;
  }

  /** Whether the topic is read. */
  boolean reads(String topic) {
    return topicPattern == null ? topics.contains(topic) : topicPattern.matcher(topic).matches();
  }
}

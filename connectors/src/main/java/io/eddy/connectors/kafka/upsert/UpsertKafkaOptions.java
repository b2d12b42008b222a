package io.eddy.connectors.kafka.upsert;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import io.eddy.connectors.kafka.KafkaOptions;
import java.time.Duration;
import java.util.List;

/**
 * The options of the {@code upsert-kafka} connector, with Flink's keys: those it shares with
 * {@code kafka} plus the sink's buffer-flush options.
 */
public final class UpsertKafkaOptions {

  public static final ConfigOption<Integer> SINK_BUFFER_FLUSH_MAX_ROWS = ConfigOptions
      .key("sink.buffer-flush.max-rows").intType().defaultValue(0)
      .withCheck(v -> v >= 0, "zero or a positive number")
      .withDescription("Accepted as in Flink; Eddy's producer batches by itself and every write is"
          + " flushed at checkpoints, so buffering by key is not needed.");

  public static final ConfigOption<Duration> SINK_BUFFER_FLUSH_INTERVAL = ConfigOptions
      .key("sink.buffer-flush.interval").durationType().defaultValue(Duration.ZERO)
      .withDescription("Accepted as in Flink; see 'sink.buffer-flush.max-rows'.");

  public static final ConfigOption<List<String>> TOPIC = ConfigOptions.key("topic").stringListType()
      .noDefaultValue()
      .withDescription("The topic read and written (one); records are keyed by the PRIMARY KEY in"
          + " 'key.format', values are in 'value.format' (both required).");

  public static final List<ConfigOption<?>> REQUIRED = List.of(TOPIC,
      KafkaOptions.BOOTSTRAP_SERVERS);

  public static final List<ConfigOption<?>> OPTIONAL = List.of(KafkaOptions.KEY_FIELDS_PREFIX,
      KafkaOptions.VALUE_FIELDS_INCLUDE, KafkaOptions.SCAN_BOUNDED_MODE,
      KafkaOptions.SCAN_BOUNDED_SPECIFIC_OFFSETS, KafkaOptions.SCAN_BOUNDED_TIMESTAMP_MILLIS,
      KafkaOptions.SCAN_TOPIC_PARTITION_DISCOVERY_INTERVAL, KafkaOptions.SINK_DELIVERY_GUARANTEE,
      KafkaOptions.SINK_PARALLELISM, SINK_BUFFER_FLUSH_MAX_ROWS, SINK_BUFFER_FLUSH_INTERVAL,
      KafkaOptions.DEAD_LETTER_TOPIC);

  private UpsertKafkaOptions() {}
}

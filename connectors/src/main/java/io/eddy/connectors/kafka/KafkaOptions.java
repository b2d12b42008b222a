package io.eddy.connectors.kafka;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The options of the {@code kafka} connector, with Flink's keys and defaults. */
public final class KafkaOptions {

  /** Where a source starts reading the partitions it finds at startup. */
  public enum StartupMode {
    EARLIEST_OFFSET, LATEST_OFFSET, GROUP_OFFSETS, TIMESTAMP, SPECIFIC_OFFSETS;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Where a source stops: never, or at offsets fixed when it starts. */
  public enum BoundedMode {
    UNBOUNDED, LATEST_OFFSET, TIMESTAMP, SPECIFIC_OFFSETS;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Which physical columns the value format holds. */
  public enum ValueFieldsInclude {
    ALL, EXCEPT_KEY
  }

  /** What a sink guarantees after a failure. */
  public enum DeliveryGuarantee {
    NONE, AT_LEAST_ONCE, EXACTLY_ONCE;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Prefix of the options passed through to the Kafka clients. */
  public static final String PROPERTIES_PREFIX = "properties.";

  public static final ConfigOption<List<String>> TOPIC = ConfigOptions.key("topic").stringListType()
      .noDefaultValue()
      .withDescription("Topic to read or write; a source takes several separated by ';'.");

  public static final ConfigOption<String> TOPIC_PATTERN = ConfigOptions.key("topic-pattern")
      .stringType().noDefaultValue()
      .withDescription("Regular expression of the topics a source reads (instead of 'topic').");

  public static final ConfigOption<String> BOOTSTRAP_SERVERS = ConfigOptions
      .key("properties.bootstrap.servers").stringType().noDefaultValue()
      .withDescription("Kafka brokers to connect to, 'host:port' separated by ','.");

  public static final ConfigOption<String> GROUP_ID = ConfigOptions.key("properties.group.id")
      .stringType().noDefaultValue()
      .withDescription("Consumer group whose committed offsets 'group-offsets' starts from.");

  public static final ConfigOption<StartupMode> SCAN_STARTUP_MODE = ConfigOptions
      .key("scan.startup.mode").enumType(StartupMode.class).defaultValue(StartupMode.GROUP_OFFSETS)
      .withDescription("Where a source starts: 'earliest-offset', 'latest-offset', "
          + "'group-offsets', 'timestamp' or 'specific-offsets'.");

  public static final ConfigOption<String> SCAN_STARTUP_SPECIFIC_OFFSETS = ConfigOptions
      .key("scan.startup.specific-offsets").stringType().noDefaultValue()
      .withDescription("Start offsets for 'specific-offsets', e.g. "
          + "'partition:0,offset:42;partition:1,offset:300'.");

  public static final ConfigOption<Long> SCAN_STARTUP_TIMESTAMP_MILLIS = ConfigOptions
      .key("scan.startup.timestamp-millis").longType().noDefaultValue()
      .withDescription("Start time for 'timestamp', in milliseconds since the epoch.");

  public static final ConfigOption<BoundedMode> SCAN_BOUNDED_MODE = ConfigOptions
      .key("scan.bounded.mode").enumType(BoundedMode.class).defaultValue(BoundedMode.UNBOUNDED)
      .withDescription("Where a source stops: 'unbounded', 'latest-offset' (as of the start), "
          + "'timestamp' or 'specific-offsets'.");

  public static final ConfigOption<String> SCAN_BOUNDED_SPECIFIC_OFFSETS = ConfigOptions
      .key("scan.bounded.specific-offsets").stringType().noDefaultValue()
      .withDescription("Stop offsets for 'specific-offsets', e.g. "
          + "'partition:0,offset:42;partition:1,offset:300'.");

  public static final ConfigOption<Long> SCAN_BOUNDED_TIMESTAMP_MILLIS = ConfigOptions
      .key("scan.bounded.timestamp-millis").longType().noDefaultValue()
      .withDescription("Stop time for 'timestamp', in milliseconds since the epoch.");

  public static final ConfigOption<Duration> SCAN_TOPIC_PARTITION_DISCOVERY_INTERVAL =
      ConfigOptions.key("scan.topic-partition-discovery.interval").durationType()
          .defaultValue(Duration.ofMinutes(5))
          .withDescription("How often an unbounded source looks for new partitions and topics;"
              + " 0 turns discovery off.");

  public static final ConfigOption<List<String>> KEY_FIELDS = ConfigOptions.key("key.fields")
      .stringListType().noDefaultValue()
      .withDescription("Physical columns the key format holds, separated by ';'.");

  public static final ConfigOption<String> KEY_FIELDS_PREFIX = ConfigOptions
      .key("key.fields-prefix").stringType().noDefaultValue()
      .withDescription("Prefix of the key columns' names that the key format does not see.");

  public static final ConfigOption<ValueFieldsInclude> VALUE_FIELDS_INCLUDE = ConfigOptions
      .key("value.fields-include").enumType(ValueFieldsInclude.class)
      .defaultValue(ValueFieldsInclude.ALL)
      .withDescription("Whether the value holds every physical column (ALL) or all but the key"
          + " columns (EXCEPT_KEY).");

  public static final ConfigOption<String> SINK_PARTITIONER = ConfigOptions
      .key("sink.partitioner").stringType().defaultValue("default")
      .withDescription("How a sink picks partitions: 'default' (by key, else sticky), 'fixed'"
          + " (one partition per writer) or 'round-robin'.");

  public static final ConfigOption<DeliveryGuarantee> SINK_DELIVERY_GUARANTEE = ConfigOptions
      .key("sink.delivery-guarantee").enumType(DeliveryGuarantee.class)
      .defaultValue(DeliveryGuarantee.AT_LEAST_ONCE)
      .withDescription("'none', 'at-least-once' (flushes at every checkpoint) or 'exactly-once' (Kafka"
          + " transactions committed when checkpoints complete: needs checkpointing, rows become visible to"
          + " read_committed consumers at the checkpoint after them; keep 'properties.transaction.timeout.ms',"
          + " default 60000, well above the checkpoint interval).");

  public static final ConfigOption<String> SINK_TRANSACTIONAL_ID_PREFIX = ConfigOptions
      .key("sink.transactional-id-prefix").stringType().noDefaultValue()
      .withDescription("Prefix of the transactional ids ('<prefix>-<subtask>-<n>') of an exactly-once sink,"
          + " required with it and unique per job writing to the cluster; open transactions left with it by"
          + " earlier runs are aborted when the first checkpoint completes.");

  public static final ConfigOption<Integer> SINK_PARALLELISM = ConfigOptions
      .key("sink.parallelism").intType().noDefaultValue()
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("Parallelism of the sink; when unset that of the operator before it.");

  /** Prefix of the client properties of the dead-letter producer (over {@code properties.*}). */
  public static final String DEAD_LETTER_PROPERTIES_PREFIX = "dead-letter.properties.";

  public static final ConfigOption<String> DEAD_LETTER_TOPIC = ConfigOptions
      .key("dead-letter.topic").stringType().noDefaultValue()
      .withDescription("Topic a source writes records it cannot decode to (raw key and value, with"
          + " headers source.topic, source.partition, source.offset, source.timestamp and error),"
          + " instead of failing; its producer takes 'properties.*' overridden by"
          + " 'dead-letter.properties.*'.");

  public static final List<ConfigOption<?>> OPTIONAL = List.of(TOPIC, TOPIC_PATTERN, GROUP_ID,
      SCAN_STARTUP_MODE, SCAN_STARTUP_SPECIFIC_OFFSETS, SCAN_STARTUP_TIMESTAMP_MILLIS,
      SCAN_BOUNDED_MODE, SCAN_BOUNDED_SPECIFIC_OFFSETS, SCAN_BOUNDED_TIMESTAMP_MILLIS,
      SCAN_TOPIC_PARTITION_DISCOVERY_INTERVAL, KEY_FIELDS, KEY_FIELDS_PREFIX,
      VALUE_FIELDS_INCLUDE, SINK_PARTITIONER, SINK_DELIVERY_GUARANTEE,
      SINK_TRANSACTIONAL_ID_PREFIX, SINK_PARALLELISM, DEAD_LETTER_TOPIC);

  private KafkaOptions() {}
}

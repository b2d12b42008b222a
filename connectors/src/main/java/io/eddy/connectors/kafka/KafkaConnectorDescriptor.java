package io.eddy.connectors.kafka;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConnectorDescriptor;
import io.eddy.catalog.options.FormatSupport;
import io.eddy.catalog.options.OptionValues;
import io.eddy.catalog.options.TableOptionsContext;
import java.util.List;
import java.util.Set;

/**
 * {@code 'connector' = 'kafka'}: reads and writes Kafka topics, the value (and optionally the key)
 * in a format. Options under {@code properties.} go to the Kafka clients unchanged.
 */
public final class KafkaConnectorDescriptor implements ConnectorDescriptor {

  @Override
  public String identifier() {
    return "kafka";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return List.of(KafkaOptions.BOOTSTRAP_SERVERS);
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return KafkaOptions.OPTIONAL;
  }

  @Override
  public List<String> prefixOptions() {
    return List.of(KafkaOptions.PROPERTIES_PREFIX, KafkaOptions.DEAD_LETTER_PROPERTIES_PREFIX);
  }

  @Override
  public FormatSupport formatSupport() {
    return FormatSupport.KEY_VALUE;
  }

  @Override
  public Set<String> secretOptions() {
    return Set.of("properties.sasl.jaas.config", "properties.ssl.key.password",
        "properties.ssl.keystore.password", "properties.ssl.truststore.password");
  }

  @Override
  public boolean supportsSource() {
    return true;
  }

  @Override
  public boolean supportsSink() {
    return true;
  }

  @Override
  public void validate(TableOptionsContext context) {
    OptionValues options = context.options();
    if (options.contains(KafkaOptions.TOPIC) && options.contains(KafkaOptions.TOPIC_PATTERN)) {
      throw context.error("Options 'topic' and 'topic-pattern' of " + context.owner()
          + " exclude each other; give one.");
    }
    if (!options.contains(KafkaOptions.TOPIC) && !options.contains(KafkaOptions.TOPIC_PATTERN)) {
      throw context.error("Option 'topic' or 'topic-pattern' of " + context.owner() + " is required.");
    }
    requireFor(context, options.get(KafkaOptions.SCAN_STARTUP_MODE) == KafkaOptions.StartupMode.TIMESTAMP,
        KafkaOptions.SCAN_STARTUP_TIMESTAMP_MILLIS, "'scan.startup.mode' = 'timestamp'");
    requireFor(context,
        options.get(KafkaOptions.SCAN_STARTUP_MODE) == KafkaOptions.StartupMode.SPECIFIC_OFFSETS,
        KafkaOptions.SCAN_STARTUP_SPECIFIC_OFFSETS, "'scan.startup.mode' = 'specific-offsets'");
    requireFor(context, options.get(KafkaOptions.SCAN_STARTUP_MODE) == KafkaOptions.StartupMode.GROUP_OFFSETS
        && options.keyUsed(KafkaOptions.SCAN_STARTUP_MODE).isPresent(),
        KafkaOptions.GROUP_ID, "'scan.startup.mode' = 'group-offsets'");
    requireFor(context, options.get(KafkaOptions.SCAN_BOUNDED_MODE) == KafkaOptions.BoundedMode.TIMESTAMP,
        KafkaOptions.SCAN_BOUNDED_TIMESTAMP_MILLIS, "'scan.bounded.mode' = 'timestamp'");
    requireFor(context,
        options.get(KafkaOptions.SCAN_BOUNDED_MODE) == KafkaOptions.BoundedMode.SPECIFIC_OFFSETS,
        KafkaOptions.SCAN_BOUNDED_SPECIFIC_OFFSETS, "'scan.bounded.mode' = 'specific-offsets'");
    if (options.get(KafkaOptions.SINK_DELIVERY_GUARANTEE) == KafkaOptions.DeliveryGuarantee.EXACTLY_ONCE
        && !options.contains(KafkaOptions.SINK_TRANSACTIONAL_ID_PREFIX)) {
      throw context.error("Option 'sink.transactional-id-prefix' of " + context.owner()
          + " is required with 'sink.delivery-guarantee' = 'exactly-once'.");
    }
  }

  private static void requireFor(TableOptionsContext context, boolean applies, ConfigOption<?> option,
      String when) {
    if (applies && !context.options().contains(option)) {
      throw context.error("Option '" + option.key() + "' of " + context.owner() + " is required with "
          + when + ".");
    }
  }
}

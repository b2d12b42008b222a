package io.eddy.connectors.kafka.upsert;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConnectorDescriptor;
import io.eddy.catalog.options.FormatSupport;
import io.eddy.catalog.options.OptionValues;
import io.eddy.catalog.options.TableOptionsContext;
import io.eddy.connectors.kafka.KafkaConnectorDescriptor;
import io.eddy.connectors.kafka.KafkaOptions;
import java.util.List;
import java.util.Set;

/**
 * {@code 'connector' = 'upsert-kafka'}: a Kafka topic as a table with a primary key, read as an
 * upsert changelog (the latest value per key; a null value deletes the key) and written by key
 * (deletes as tombstones). Needs {@code PRIMARY KEY ... NOT ENFORCED}, {@code key.format} and
 * {@code value.format}.
 */
public final class UpsertKafkaConnectorDescriptor implements ConnectorDescriptor {

  private static final KafkaConnectorDescriptor KAFKA = new KafkaConnectorDescriptor();

  @Override
  public String identifier() {
    return "upsert-kafka";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return UpsertKafkaOptions.REQUIRED;
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return UpsertKafkaOptions.OPTIONAL;
  }

  @Override
  public List<String> prefixOptions() {
    return KAFKA.prefixOptions();
  }

  @Override
  public FormatSupport formatSupport() {
    return FormatSupport.KEY_VALUE;
  }

  @Override
  public Set<String> secretOptions() {
    return KAFKA.secretOptions();
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
    if (context.schema().primaryKey().isEmpty()) {
      throw context.error("The " + context.owner() + " needs a PRIMARY KEY: its columns are the record key."
          + " Hint: add PRIMARY KEY (...) NOT ENFORCED");
    }
    OptionValues options = context.options();
    if (!options.asMap().containsKey("key.format") || !options.asMap().containsKey("value.format")) {
      throw context.error("The " + context.owner() + " needs options 'key.format' and 'value.format'"
          + " (not 'format').");
    }
    List<String> topics = options.get(UpsertKafkaOptions.TOPIC);
    if (topics.size() != 1) {
      throw context.error("Option 'topic' of " + context.owner() + " takes exactly one topic.");
    }
    if (options.get(KafkaOptions.SINK_DELIVERY_GUARANTEE) == KafkaOptions.DeliveryGuarantee.EXACTLY_ONCE) {
      throw context.error("The " + context.owner() + " supports 'sink.delivery-guarantee' 'none' and"
          + " 'at-least-once' (upserts by key are idempotent).");
    }
  }
}

package io.eddy.connectors.kafka;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatFactories;
import io.eddy.connectors.kafka.KafkaOptions.DeliveryGuarantee;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ConnectorFactory;
import io.eddy.connectors.spi.MetadataColumn;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.spi.SourceChangelogMode;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.source.Source;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code 'connector' = 'kafka'}: a source over topics (by name or pattern), each partition a split,
 * and a sink writing one topic, the value (and key) in the table's formats.
 */
public final class KafkaConnectorFactory implements ConnectorFactory {

  private static final Set<String> PARTITIONERS = Set.of("default", "fixed", "round-robin");

  @Override
  public String identifier() {
    return "kafka";
  }

  @Override
  public boolean supportsSource() {
    return true;
  }

  @Override
  public boolean supportsSink() {
    return true;
  }

  /** Flink's Kafka metadata: topic, partition, headers, leader-epoch, offset, timestamp, timestamp-type. */
  @Override
  public List<MetadataColumn> supportedMetadata() {
    return KafkaMetadata.columns();
  }

  /** Insert-only, or a full changelog when the value format is one (debezium-json). */
  @Override
  public SourceChangelogMode sourceChangelogMode(Map<String, String> options) {
    String format = options.getOrDefault("value.format", options.get("format"));
    return format == null ? SourceChangelogMode.INSERT_ONLY : FormatFactories.defaults().get(format).changelogMode();
  }

  @Override
  public Source<?> createSource(SourceRequest request) {
    KafkaScanSettings settings = KafkaScanSettings.of(request.tableName(), request.options());
    if (settings.topics().isEmpty() && settings.topicPattern() == null) {
      throw new ConnectorException("Table " + request.tableName() + " needs option 'topic' or 'topic-pattern'");
    }
    return new KafkaSource(settings,
        KafkaRecordFormat.of(request.tableName(), request.schema().physicalSchema(), request.options()),
        request.schema(), request.metadataKeys());
  }

  @Override
  public Sink<?> createSink(SinkRequest request) {
    OptionValues options = request.optionValues();
    List<String> topics = options.get(KafkaOptions.TOPIC);
    if (topics == null || topics.size() != 1) {
      throw new ConnectorException("Table " + request.tableName()
          + " is written to one topic: give exactly one in option 'topic'");
    }
    String partitioner = options.get(KafkaOptions.SINK_PARTITIONER);
    if (!PARTITIONERS.contains(partitioner)) {
      throw new ConnectorException("Invalid value '" + partitioner + "' of option 'sink.partitioner' of table "
          + request.tableName() + ": expected 'default', 'fixed' or 'round-robin'");
    }
    DeliveryGuarantee guarantee = options.get(KafkaOptions.SINK_DELIVERY_GUARANTEE);
    KafkaSink sink = new KafkaSink(request.tableName(), topics.get(0), KafkaClientProperties.of(request.options()),
        KafkaRecordFormat.of(request.tableName(), request.schema(), request.options()), request.schema(),
        partitioner, guarantee == DeliveryGuarantee.AT_LEAST_ONCE);
    if (guarantee == DeliveryGuarantee.EXACTLY_ONCE) {
      String prefix = options.get(KafkaOptions.SINK_TRANSACTIONAL_ID_PREFIX);
      if (prefix == null) {
        throw new ConnectorException("Option 'sink.transactional-id-prefix' of table " + request.tableName()
            + " is required with 'sink.delivery-guarantee' = 'exactly-once'");
      }
      return new TransactionalKafkaSink(sink, prefix);
    }
    return sink;
  }
}

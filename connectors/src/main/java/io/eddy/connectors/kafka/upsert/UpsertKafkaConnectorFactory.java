package io.eddy.connectors.kafka.upsert;

import io.eddy.connectors.kafka.KafkaConnectorFactory;
import io.eddy.connectors.kafka.KafkaUpsertTables;
import io.eddy.connectors.spi.ConnectorFactory;
import io.eddy.connectors.spi.MetadataColumn;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.spi.SourceChangelogMode;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.source.Source;
import java.util.List;
import java.util.Map;

/**
 * {@code 'connector' = 'upsert-kafka'}: the Kafka source and sink in upsert mode
 * ({@link KafkaUpsertTables}). The source is an upsert changelog by primary key; the sink takes
 * updates and deletes.
 */
public final class UpsertKafkaConnectorFactory implements ConnectorFactory {

  private static final KafkaConnectorFactory KAFKA = new KafkaConnectorFactory();

  @Override
  public String identifier() {
    return "upsert-kafka";
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
  public boolean sinkAcceptsUpdates() {
    return true;
  }

  /** A {@code +U} record replaces the key's value; {@code -U} rows are not written. */
  @Override
  public boolean sinkReadsUpdateBefore() {
    return false;
  }

  @Override
  public SourceChangelogMode sourceChangelogMode(Map<String, String> options) {
    return SourceChangelogMode.UPSERT;
  }

  @Override
  public List<MetadataColumn> supportedMetadata() {
    return KAFKA.supportedMetadata();
  }

  @Override
  public Source<?> createSource(SourceRequest request) {
    return KafkaUpsertTables.source(request);
  }

  @Override
  public Sink<?> createSink(SinkRequest request) {
    return KafkaUpsertTables.sink(request);
  }
}

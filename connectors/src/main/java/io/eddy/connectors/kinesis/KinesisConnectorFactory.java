package io.eddy.connectors.kinesis;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatFactories;
import io.eddy.connectors.format.FormatFactory;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ConnectorFactory;
import io.eddy.connectors.spi.MetadataColumn;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.source.Source;
import java.util.List;

/**
 * {@code 'connector' = 'kinesis'}: a source over the shards of a stream (polling GetRecords) and a
 * sink writing it with PutRecords, each record's data in the table's format.
 */
public final class KinesisConnectorFactory implements ConnectorFactory {

  @Override
  public String identifier() {
    return "kinesis";
  }

  @Override
  public boolean supportsSource() {
    return true;
  }

  @Override
  public boolean supportsSink() {
    return true;
  }

  /** Flink's {@code timestamp}, {@code shard-id}, {@code sequence-number}, and {@code partition-key}. */
  @Override
  public List<MetadataColumn> supportedMetadata() {
    return KinesisMetadata.columns();
  }

  @Override
  public Source<?> createSource(SourceRequest request) {
    OptionValues options = request.optionValues();
    return new KinesisSource(KinesisScanSettings.of(request.tableName(), options),
        format(request.tableName(), options), options, request.schema(), request.metadataKeys());
  }

  @Override
  public Sink<?> createSink(SinkRequest request) {
    OptionValues options = request.optionValues();
    return new KinesisSink(request.tableName(),
        KinesisSinkSettings.of(request.tableName(), request.schema(), options, request.partitionKeys()),
        format(request.tableName(), options), options, request.schema());
  }

  private static FormatFactory format(String tableName, OptionValues options) {
    String identifier = options.asMap().get("format");
    if (identifier == null) {
      throw new ConnectorException("Table " + tableName + " needs option 'format' (json, csv or raw)");
    }
    return FormatFactories.defaults().get(identifier);
  }
}

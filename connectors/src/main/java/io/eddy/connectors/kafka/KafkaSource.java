package io.eddy.connectors.kafka;

import static java.util.Objects.requireNonNull;

import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.source.Boundedness;
import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.ReaderContext;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SplitEnumerator;
import io.eddy.runtime.source.SplitSerializer;
import java.util.ArrayList;
import java.util.List;

/**
 * A source over Kafka topics, each topic-partition a split: unbounded, or bounded by
 * {@code scan.bounded.mode} so a read can finish.
 */
public final class KafkaSource implements Source<KafkaPartitionSplit> {

  private final KafkaScanSettings settings;
  private final KafkaRecordFormat format;
  private final ProjectedSchema schema;
  private final List<KafkaMetadata> metadata;
  private final RowSchema producedSchema;
  private final boolean upsert;

  KafkaSource(KafkaScanSettings settings, KafkaRecordFormat format, ProjectedSchema schema,
      List<String> metadataKeys) {
    this(settings, format, schema, metadataKeys, false);
  }

  /**
   * @param upsert whether a record without value deletes the row of its key (upsert-kafka)
   */
  KafkaSource(KafkaScanSettings settings, KafkaRecordFormat format, ProjectedSchema schema,
      List<String> metadataKeys, boolean upsert) {
    this.settings = requireNonNull(settings, "settings is null");
    this.format = requireNonNull(format, "format is null");
    this.schema = requireNonNull(schema, "schema is null");
    this.metadata = metadataKeys.stream().map(KafkaMetadata::of).toList();
    List<RowSchema.Field> fields = new ArrayList<>(schema.producedSchema().fields());
    metadata.forEach(column -> fields.add(new RowSchema.Field(column.key(), column.type())));
    this.producedSchema = new RowSchema(fields);
    this.upsert = upsert;
    new KafkaRowDecoder(format, schema, upsert);
  }

  @Override
  public Boundedness boundedness() {
    return settings.bounded() ? Boundedness.BOUNDED : Boundedness.CONTINUOUS_UNBOUNDED;
  }

  @Override
  public SplitEnumerator<KafkaPartitionSplit> createEnumerator(
      EnumeratorContext<KafkaPartitionSplit> context, byte[] restoredState) {
    return new KafkaSplitEnumerator(context, settings, restoredState);
  }

  @Override
  public SourceReader<KafkaPartitionSplit> createReader(ReaderContext context) {
    return new KafkaSourceReader(settings, new KafkaRowDecoder(format, schema, upsert), producedSchema, metadata);
  }

  @Override
  public SplitSerializer<KafkaPartitionSplit> splitSerializer() {
    return KafkaSplitSerializer.INSTANCE;
  }

  @Override
  public String toString() {
    return (upsert ? "UpsertKafkaSource[" : "KafkaSource[") + (settings.topicPattern() == null ? String.join(";", settings.topics())
        : settings.topicPattern().pattern()) + ", " + format.valueFormat().identifier() + "]";
  }
}

package io.eddy.connectors.kinesis;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatFactory;
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

/** An unbounded source over the shards of one Kinesis stream, each shard a split. */
public final class KinesisSource implements Source<KinesisShardSplit> {

  private final KinesisScanSettings settings;
  private final FormatFactory format;
  private final OptionValues formatOptions;
  private final ProjectedSchema schema;
  private final List<KinesisMetadata> metadata;
  private final RowSchema producedSchema;
  private final ShardLineage lineage = new ShardLineage();

  KinesisSource(KinesisScanSettings settings, FormatFactory format, OptionValues formatOptions,
      ProjectedSchema schema, List<String> metadataKeys) {
    this.settings = requireNonNull(settings, "settings is null");
    this.format = requireNonNull(format, "format is null");
    this.formatOptions = requireNonNull(formatOptions, "formatOptions is null");
    this.schema = requireNonNull(schema, "schema is null");
    this.metadata = metadataKeys.stream().map(KinesisMetadata::of).toList();
    List<RowSchema.Field> fields = new ArrayList<>(schema.producedSchema().fields());
    metadata.forEach(column -> fields.add(new RowSchema.Field(column.key(), column.type())));
    this.producedSchema = new RowSchema(fields);
    format.createDecoder(schema, formatOptions);
  }

  @Override
  public Boundedness boundedness() {
    return Boundedness.CONTINUOUS_UNBOUNDED;
  }

  @Override
  public SplitEnumerator<KinesisShardSplit> createEnumerator(EnumeratorContext<KinesisShardSplit> context,
      byte[] restoredState) {
    return new KinesisSplitEnumerator(context, settings, restoredState);
  }

  @Override
  public SourceReader<KinesisShardSplit> createReader(ReaderContext context) {
    return new KinesisSourceReader(settings, format.createDecoder(schema, formatOptions), producedSchema,
        metadata, lineage, context.clock());
  }

  @Override
  public SplitSerializer<KinesisShardSplit> splitSerializer() {
    return KinesisSplitSerializer.INSTANCE;
  }

  @Override
  public String toString() {
    return "KinesisSource[" + settings.client().stream() + ", " + format.identifier() + "]";
  }
}

package io.eddy.connectors.filesystem;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A source over the files under a path, each file a split, decoded line by line by a format: bounded,
 * or watching the path for new files every {@code source.monitor-interval}.
 */
public final class FileSource implements Source<FileSplit> {

    private final String tableName;
    private final Path root;
    private final Pattern pathPattern;
    private final FormatFactory format;
    private final ProjectedSchema schema;
    private final OptionValues options;
    private final Duration monitorInterval;
    private final List<FileMetadata> metadata;
    private final RowSchema producedSchema;

    FileSource(String tableName, Path root, Pattern pathPattern, FormatFactory format, ProjectedSchema schema, OptionValues options,
               List<String> metadataKeys) {
        this.tableName = requireNonNull(tableName, "tableName is null");
        this.root = requireNonNull(root, "root is null");
        this.pathPattern = pathPattern;
        this.format = requireNonNull(format, "format is null");
        this.schema = requireNonNull(schema, "schema is null");
        this.options = requireNonNull(options, "options is null");
        this.monitorInterval = options.get(FileSystemOptions.SOURCE_MONITOR_INTERVAL);
        this.metadata = metadataKeys.stream().map(FileMetadata::of).toList();
        List<RowSchema.Field> fields = new ArrayList<>(schema.producedSchema().fields());
        metadata.forEach(column -> fields.add(new RowSchema.Field(column.key(), column.type())));
        this.producedSchema = new RowSchema(fields);
        format.createDecoder(schema, options);
    }

    @Override
    public Boundedness boundedness() {
        return monitorInterval == null ? Boundedness.BOUNDED : Boundedness.CONTINUOUS_UNBOUNDED;
    }

    @Override
    public SplitEnumerator<FileSplit> createEnumerator(EnumeratorContext<FileSplit> context, byte[] restoredState) {
        return new FileEnumerator(context, root, pathPattern, tableName, monitorInterval, restoredState);
    }

    @Override
    public SourceReader<FileSplit> createReader(ReaderContext context) {
        return new FileReader(format.createDecoder(schema, options), producedSchema, metadata, tableName);
    }

    @Override
    public SplitSerializer<FileSplit> splitSerializer() {
        return FileSplitSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "FileSource[" + root + ", " + format.identifier() + "]";
    }
}

package io.eddy.connectors.filesystem;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatFactory;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.runtime.source.Boundedness;
import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.ReaderContext;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SplitEnumerator;
import io.eddy.runtime.source.SplitSerializer;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** A bounded source over the files under a path, each file a split, decoded line by line by a format. */
public final class FileSource implements Source<FileSplit> {

    private final String tableName;
    private final Path root;
    private final Pattern pathPattern;
    private final FormatFactory format;
    private final ProjectedSchema schema;
    private final OptionValues options;

    FileSource(String tableName, Path root, Pattern pathPattern, FormatFactory format, ProjectedSchema schema, OptionValues options) {
        this.tableName = requireNonNull(tableName, "tableName is null");
        this.root = requireNonNull(root, "root is null");
        this.pathPattern = pathPattern;
        this.format = requireNonNull(format, "format is null");
        this.schema = requireNonNull(schema, "schema is null");
        this.options = requireNonNull(options, "options is null");
        format.createDecoder(schema, options);
    }

    @Override
    public Boundedness boundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SplitEnumerator<FileSplit> createEnumerator(EnumeratorContext<FileSplit> context, byte[] restoredState) {
        return new FileEnumerator(context, root, pathPattern, tableName, restoredState != null);
    }

    @Override
    public SourceReader<FileSplit> createReader(ReaderContext context) {
        return new FileReader(format.createDecoder(schema, options), schema.producedSchema(), tableName);
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

package io.eddy.connectors.filesystem;

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
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code 'connector' = 'filesystem'}: a source over the files under {@code path} (read once, or
 * watched with {@code source.monitor-interval}) and a sink writing part files into it, in the table's
 * {@code format}. Partitioned tables are not supported yet.
 */
public final class FileSystemConnectorFactory implements ConnectorFactory {

    private static final String FORMAT = "format";

    @Override
    public String identifier() {
        return "filesystem";
    }

    @Override
    public boolean supportsSource() {
        return true;
    }

    @Override
    public boolean supportsSink() {
        return true;
    }

    /** {@code file.path}, {@code file.name}, {@code file.size} and {@code file.modification-time}, as in Flink. */
    @Override
    public List<MetadataColumn> supportedMetadata() {
        return FileMetadata.columns();
    }

    @Override
    public Source<?> createSource(SourceRequest request) {
        OptionValues options = request.optionValues();
        String regex = options.get(FileSystemOptions.SOURCE_PATH_REGEX_PATTERN);
        return new FileSource(request.tableName(), path(options), regex == null ? null : Pattern.compile(regex),
                format(request.options().get(FORMAT), request.tableName()), request.schema(), options, request.metadataKeys());
    }

    @Override
    public Sink<?> createSink(SinkRequest request) {
        OptionValues options = request.optionValues();
        return new FileSink(path(options), format(request.options().get(FORMAT), request.tableName()), request.schema(),
                options, RollingPolicy.fromOptions(options));
    }

    private static Path path(OptionValues options) {
        return Path.of(options.get(FileSystemOptions.PATH));
    }

    private static FormatFactory format(String identifier, String tableName) {
        if (identifier == null) {
            throw new ConnectorException("Table " + tableName + " needs option 'format' (json, csv or raw)");
        }
        return FormatFactories.defaults().get(identifier);
    }
}

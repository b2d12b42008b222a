package io.eddy.connectors.filesystem;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatFactory;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.TypeSerializer;
import io.eddy.runtime.sink.Committer;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkContext;
import io.eddy.runtime.sink.SinkWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes rows into part files under a directory with two-phase commit: writers pre-commit closed
 * in-progress files at each checkpoint, the committer renames them when the checkpoint completes (and
 * at the end of bounded input), so readers see only complete files.
 */
public final class FileSink implements Sink<PendingFile> {

    private final Path directory;
    private final FormatFactory format;
    private final RowSchema schema;
    private final OptionValues options;
    private final RollingPolicy rolling;

    FileSink(Path directory, FormatFactory format, RowSchema schema, OptionValues options, RollingPolicy rolling) {
        this.directory = requireNonNull(directory, "directory is null");
        this.format = requireNonNull(format, "format is null");
        this.schema = requireNonNull(schema, "schema is null");
        this.options = requireNonNull(options, "options is null");
        this.rolling = requireNonNull(rolling, "rolling is null");
        format.createEncoder(schema, options);
    }

    @Override
    public SinkWriter<PendingFile> createWriter(SinkContext context) {
        return new FileSinkWriter(directory, UUID.randomUUID().toString(), context.subtaskIndex(), format.createEncoder(schema, options),
                rolling, context.clock());
    }

    @Override
    public Optional<Committer<PendingFile>> createCommitter() {
        return Optional.of(new FileCommitter());
    }

    @Override
    public Optional<TypeSerializer<PendingFile>> committableSerializer() {
        return Optional.of(PendingFile.SERIALIZER);
    }

    @Override
    public String toString() {
        return "FileSink[" + directory + ", " + format.identifier() + "]";
    }
}

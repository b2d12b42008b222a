package io.eddy.connectors.filesystem;

import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.MalformedRecordException;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.ReaderOutput;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SplitOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads its files one after the other, one record per line, a batch of lines per poll. A malformed
 * line fails the job with {@code file:line} and the reason, unless the format skips and counts it
 * ({@code json.ignore-parse-errors}); blank lines are ignored. Requested metadata (file path, name,
 * size, modification time) follows the decoded columns; decoders leave those fields alone. The position of the current file (byte
 * offset and line number) is reported after every poll and snapshotted.
 */
final class FileReader implements SourceReader<FileSplit> {

    private static final Logger LOG = LoggerFactory.getLogger(FileReader.class);
    static final int BATCH = 1024;

    private final RecordDecoder decoder;
    private final Row row;
    private final List<FileMetadata> metadata;
    private final String tableName;
    private final Deque<FileSplit> pending = new ArrayDeque<>();
    private boolean noMoreSplits;
    private FileSplit current;
    private LineReader lines;
    private long line;
    private SplitOutput output;

    /**
     * @param schema the produced rows: the decoded columns, then {@code metadata}
     * @param metadata metadata written after the decoded columns, once per file
     */
    FileReader(RecordDecoder decoder, RowSchema schema, List<FileMetadata> metadata, String tableName) {
        this.decoder = decoder;
        this.row = new Row(schema);
        this.metadata = List.copyOf(metadata);
        this.tableName = tableName;
    }

    @Override
    public void start() {
    }

    @Override
    public void addSplits(List<FileSplit> splits) {
        pending.addAll(splits);
    }

    @Override
    public void notifyNoMoreSplits() {
        noMoreSplits = true;
    }

    @Override
    public InputStatus pollNext(ReaderOutput readerOutput) throws IOException {
        if (current == null && !openNext(readerOutput)) {
            return noMoreSplits ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
        }
        for (int emitted = 0; emitted < BATCH; ) {
            if (!lines.next()) {
                finishCurrent(readerOutput);
                return pending.isEmpty() && noMoreSplits ? InputStatus.END_OF_INPUT : InputStatus.MORE_AVAILABLE;
            }
            long number = line++;
            if (isBlank(lines.buffer(), lines.lineStart(), lines.lineLength())) {
                continue;
            }
            if (decode(number)) {
                output.collect(row);
                emitted++;
            }
        }
        output.reportPosition(current.path() + ":" + line, 0);
        return InputStatus.MORE_AVAILABLE;
    }

    private boolean decode(long number) {
        try {
            return decoder.decode(lines.buffer(), lines.lineStart(), lines.lineLength(), row);
        } catch (FormatException e) {
            // Not chained: the runtime reports a failure's root cause, and this one carries the provenance.
            throw new MalformedRecordException("Malformed record in " + current.path() + ":" + number + " of table " + tableName
                    + ": " + e.getMessage());
        }
    }

    private boolean openNext(ReaderOutput readerOutput) throws IOException {
        FileSplit next = pending.poll();
        if (next == null) {
            return false;
        }
        current = next;
        Path file = Path.of(next.path());
        lines = new LineReader(file, next.offset());
        int first = row.arity() - metadata.size();
        for (int i = 0; i < metadata.size(); i++) {
            metadata.get(i).write(file, row, first + i);
        }
        line = next.line();
        output = readerOutput.forSplit(next.splitId());
        return true;
    }

    private void finishCurrent(ReaderOutput readerOutput) throws IOException {
        output.reportPosition(current.path() + ":" + line, 0);
        lines.close();
        readerOutput.releaseSplit(current.splitId());
        current = null;
        lines = null;
        output = null;
    }

    private static boolean isBlank(byte[] bytes, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Malformed records skipped so far because the format ignores parse errors. */
    long skippedRecords() {
        return decoder.skippedRecords();
    }

    @Override
    public List<FileSplit> snapshotState(long checkpointId) {
        List<FileSplit> splits = new ArrayList<>();
        if (current != null) {
            splits.add(new FileSplit(current.path(), lines.offset(), line));
        }
        splits.addAll(pending);
        return splits;
    }

    @Override
    public void close() throws IOException {
        if (decoder.skippedRecords() > 0) {
            LOG.warn("Skipped {} malformed records of table {}", decoder.skippedRecords(), tableName);
        }
        if (lines != null) {
            lines.close();
        }
    }
}

package io.eddy.connectors.filesystem;

import io.eddy.connectors.format.RecordEncoder;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.sink.SinkWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one subtask's rows, one encoded record per line, into part files under the sink directory.
 * A part file is written as a hidden in-progress file; it is closed when it reaches the rolling size
 * or at a checkpoint (or the end of input) and then handed over as a {@link PendingFile}, which the
 * committer renames to {@code part-<run>-<subtask>-<n>} once the checkpoint completes.
 */
final class FileSinkWriter implements SinkWriter<PendingFile> {

    private static final byte[] NEW_LINE = {'\n'};

    private final Path directory;
    private final String runId;
    private final int subtaskIndex;
    private final RecordEncoder encoder;
    private final long rollingSize;
    private final List<PendingFile> closed = new ArrayList<>();
    private OutputStream out;
    private PendingFile current;
    private long written;
    private int counter;

    FileSinkWriter(Path directory, String runId, int subtaskIndex, RecordEncoder encoder, long rollingSize) {
        this.directory = directory;
        this.runId = runId;
        this.subtaskIndex = subtaskIndex;
        this.encoder = encoder;
        this.rollingSize = rollingSize;
    }

    @Override
    public void write(Row row) throws IOException {
        if (out == null) {
            open();
        }
        byte[] record = encoder.encode(row);
        out.write(record);
        out.write(NEW_LINE);
        written += record.length + 1;
        if (written >= rollingSize) {
            closeCurrent();
        }
    }

    private void open() throws IOException {
        Files.createDirectories(directory);
        String name = "part-" + runId + "-" + subtaskIndex + "-" + counter++;
        current = new PendingFile(directory.resolve("." + name + ".inprogress").toString(), directory.resolve(name).toString());
        out = new BufferedOutputStream(Files.newOutputStream(Path.of(current.inProgress())), 64 * 1024);
        written = 0;
    }

    private void closeCurrent() throws IOException {
        if (out != null) {
            out.close();
            closed.add(current);
            out = null;
            current = null;
        }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public List<PendingFile> prepareCommit(long checkpointId) throws IOException {
        closeCurrent();
        List<PendingFile> ready = List.copyOf(closed);
        closed.clear();
        return ready;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}

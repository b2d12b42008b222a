package io.eddy.connectors.filesystem;

import io.eddy.connectors.format.RecordEncoder;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.sink.SinkWriter;
import io.eddy.runtime.time.Clock;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one subtask's rows, one encoded record per line, into part files under the sink directory.
 * A part file is written as a hidden in-progress file; it is closed when the {@link RollingPolicy}
 * says so (size, age, inactivity) or at a checkpoint (or the end of input) and then handed over as a
 * {@link PendingFile}, which the
 * committer renames to {@code part-<writer>-<subtask>-<n>} once the checkpoint completes. Every writer
 * instance has its own random id, so a restarted job never reuses the name of a committed file.
 */
final class FileSinkWriter implements SinkWriter<PendingFile> {

    private static final byte[] NEW_LINE = {'\n'};

    private final Path directory;
    private final String writerId;
    private final int subtaskIndex;
    private final RecordEncoder encoder;
    private final RollingPolicy rolling;
    private final Clock clock;
    private final List<PendingFile> closed = new ArrayList<>();
    private OutputStream out;
    private PendingFile current;
    private long written;
    private long openedAt;
    private long lastWriteAt;
    private int counter;

    FileSinkWriter(Path directory, String writerId, int subtaskIndex, RecordEncoder encoder, RollingPolicy rolling, Clock clock) {
        this.directory = directory;
        this.writerId = writerId;
        this.subtaskIndex = subtaskIndex;
        this.encoder = encoder;
        this.rolling = rolling;
        this.clock = clock;
    }

    @Override
    public void write(Row row) throws IOException {
        long now = clock.currentTimeMillis();
        if (out != null && now - openedAt >= rolling.rolloverMillis()) {
            closeCurrent();
        }
        if (out == null) {
            open(now);
        }
        byte[] record = encoder.encode(row);
        out.write(record);
        out.write(NEW_LINE);
        written += record.length + 1;
        lastWriteAt = now;
        if (written >= rolling.fileSize()) {
            closeCurrent();
        }
    }

    private void open(long now) throws IOException {
        Files.createDirectories(directory);
        String name = "part-" + writerId + "-" + subtaskIndex + "-" + counter++;
        current = new PendingFile(directory.resolve("." + name + ".inprogress").toString(), directory.resolve(name).toString());
        out = new BufferedOutputStream(Files.newOutputStream(Path.of(current.inProgress())), 64 * 1024);
        written = 0;
        openedAt = now;
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
        if (out == null) {
            return;
        }
        long now = clock.currentTimeMillis();
        if (now - openedAt >= rolling.rolloverMillis() || now - lastWriteAt >= rolling.inactivityMillis()) {
            closeCurrent();
        } else {
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

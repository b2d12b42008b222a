package io.eddy.connectors.filesystem;

import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.SplitEnumerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists the files under the source path (a file, or every visible file below a directory, sorted) and
 * deals them out to the readers round robin. Files and directories whose names start with {@code .}
 * or {@code _} are skipped, as Flink does (in-progress and marker files). Without a monitor interval
 * the path is listed once and the readers are told no more files will come; with one, the path is
 * listed again every interval and only new files are assigned. The paths already assigned are the
 * enumerator's state (version 1: a count, then the paths).
 */
final class FileEnumerator implements SplitEnumerator<FileSplit> {

    private static final int STATE_VERSION = 1;

    private final EnumeratorContext<FileSplit> context;
    private final Path root;
    private final Pattern pathPattern;
    private final String tableName;
    private final Duration monitorInterval;
    private final Set<String> assigned = new LinkedHashSet<>();
    private int nextReader;

    FileEnumerator(EnumeratorContext<FileSplit> context, Path root, Pattern pathPattern, String tableName,
                   Duration monitorInterval, byte[] restoredState) {
        this.context = context;
        this.root = root;
        this.pathPattern = pathPattern;
        this.tableName = tableName;
        this.monitorInterval = monitorInterval;
        if (restoredState != null) {
            restore(restoredState);
        }
    }

    private void restore(byte[] state) {
        BinaryInput input = new BinaryInput(state);
        int version = input.readUnsignedVarInt();
        if (version != STATE_VERSION) {
            throw new IllegalArgumentException("unknown file enumerator state version " + version);
        }
        int count = input.readUnsignedVarInt();
        for (int i = 0; i < count; i++) {
            assigned.add(input.readString());
        }
    }

    @Override
    public void start() throws IOException {
        if (monitorInterval == null && !assigned.isEmpty()) {
            signalNoMoreSplits();
            return;
        }
        assignNewFiles();
        if (monitorInterval == null) {
            signalNoMoreSplits();
        } else {
            context.callPeriodically(this::discover, monitorInterval);
        }
    }

    private void discover() {
        try {
            assignNewFiles();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + " of table " + tableName, e);
        }
    }

    private void assignNewFiles() throws IOException {
        for (String file : listFiles()) {
            if (assigned.add(file)) {
                context.assignSplits(nextReader, List.of(FileSplit.start(file)));
                nextReader = (nextReader + 1) % context.parallelism();
            }
        }
    }

    private void signalNoMoreSplits() {
        for (int i = 0; i < context.parallelism(); i++) {
            context.signalNoMoreSplits(i);
        }
    }

    private List<String> listFiles() throws IOException {
        if (!Files.exists(root)) {
            if (monitorInterval != null) {
                return List.of();
            }
            throw new ConnectorException("Path '" + root + "' of table " + tableName + " does not exist");
        }
        if (Files.isRegularFile(root)) {
            return List.of(root.toString());
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(Files::isRegularFile)
                    .filter(path -> visible(root.relativize(path)))
                    .map(Path::toString)
                    .filter(path -> pathPattern == null || pathPattern.matcher(path).matches())
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }

    private static boolean visible(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void addSplitsBack(List<FileSplit> splits, int subtaskIndex) {
        context.assignSplits(subtaskIndex, splits);
    }

    @Override
    public byte[] snapshotState(long checkpointId) {
        BinaryOutput output = new BinaryOutput();
        output.writeUnsignedVarInt(STATE_VERSION);
        output.writeUnsignedVarInt(assigned.size());
        for (String path : assigned) {
            output.writeString(path);
        }
        return output.toByteArray();
    }

    @Override
    public void close() {
    }
}

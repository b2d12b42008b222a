package io.eddy.connectors.filesystem;

import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.SplitEnumerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists the files under the source path once (a file, or every visible file below a directory, sorted)
 * and deals them out to the readers round robin. Files and directories whose names start with
 * {@code .} or {@code _} are skipped, as Flink does (in-progress and marker files).
 */
final class FileEnumerator implements SplitEnumerator<FileSplit> {

    private final EnumeratorContext<FileSplit> context;
    private final Path root;
    private final Pattern pathPattern;
    private final String tableName;
    private final boolean restored;

    FileEnumerator(EnumeratorContext<FileSplit> context, Path root, Pattern pathPattern, String tableName, boolean restored) {
        this.context = context;
        this.root = root;
        this.pathPattern = pathPattern;
        this.tableName = tableName;
        this.restored = restored;
    }

    @Override
    public void start() throws IOException {
        if (!restored) {
            List<String> files = listFiles();
            for (int i = 0; i < files.size(); i++) {
                context.assignSplits(i % context.parallelism(), List.of(FileSplit.start(files.get(i))));
            }
        }
        for (int i = 0; i < context.parallelism(); i++) {
            context.signalNoMoreSplits(i);
        }
    }

    private List<String> listFiles() throws IOException {
        if (!Files.exists(root)) {
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
        return new byte[] {1};
    }

    @Override
    public void close() {
    }
}

package io.eddy.connectors.filesystem;

import io.eddy.runtime.sink.Committer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Publishes pending part files by renaming them (atomically) to their final names. Idempotent: a file
 * already renamed by an earlier attempt is skipped.
 */
final class FileCommitter implements Committer<PendingFile> {

    @Override
    public void commit(List<PendingFile> committables) throws IOException {
        for (PendingFile file : committables) {
            Path inProgress = Path.of(file.inProgress());
            Path finished = Path.of(file.finished());
            if (Files.exists(inProgress)) {
                Files.move(inProgress, finished, StandardCopyOption.ATOMIC_MOVE);
            } else if (!Files.exists(finished)) {
                throw new IOException("cannot commit part file " + finished + ": its in-progress file " + inProgress + " is gone");
            }
        }
    }
}

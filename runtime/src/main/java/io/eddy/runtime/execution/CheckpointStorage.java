package io.eddy.runtime.execution;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.state.KeyedStateHandle;
import io.eddy.runtime.state.rocksdb.RocksDbCheckpointFiles;
import io.eddy.runtime.state.rocksdb.RocksDbStateBackendFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completed checkpoints on disk ({@code execution.checkpointing.dir}), as Flink lays them out: one
 * directory per job ({@code <dir>/<job id>}) holding {@code chk-<id>/} per checkpoint. A checkpoint
 * directory holds its {@code state} file ({@link JobSnapshotFormat}) and a {@code _metadata} file
 * written last through a temporary file and an atomic rename; it names the state file with its length
 * and CRC-32. A checkpoint is complete only when {@code _metadata} exists and matches its state file,
 * so a crash mid-write leaves nothing that loads. After each checkpoint only the newest
 * {@code execution.checkpointing.num-retained} complete ones are kept.
 *
 * <p>Incremental RocksDB checkpoints store their files in {@code <dir>/<job id>/shared/} (named
 * {@code <checkpoint id>-<random>-<file>}); a state file refers to them relative to the job directory.
 * When old checkpoints are dropped, shared files no retained checkpoint refers to are deleted (only
 * those of checkpoints up to the one just stored, so uploads of a later one in progress are left).
 * Loading checks that every referenced file exists with its recorded length.
 */
public final class CheckpointStorage {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStorage.class);
    private static final byte[] MAGIC = "EDDYCHKP".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final Pattern CHECKPOINT = Pattern.compile("chk-(\\d+)");
    private static final Pattern SHARED_FILE = Pattern.compile("(\\d+)-.+");
    static final String METADATA = "_metadata";
    static final String STATE = "state";

    private final Path directory;
    private final int retained;

    /**
     * @param directory where this job's {@code chk-<id>} directories go
     * @param retained how many complete checkpoints to keep (at least 1)
     */
    public CheckpointStorage(Path directory, int retained) {
        this.directory = requireNonNull(directory, "directory is null");
        if (retained < 1) {
            throw new IllegalArgumentException("at least one checkpoint must be retained: " + retained);
        }
        this.retained = retained;
    }

    /** The storage of one job configured by {@code execution.checkpointing.dir}, if that is set. */
    public static Optional<CheckpointStorage> forJob(Configuration configuration, String jobId) {
        String base = configuration.get(RuntimeOptions.CHECKPOINTING_DIR);
        if (base.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CheckpointStorage(Path.of(base).resolve(jobId), configuration.get(RuntimeOptions.CHECKPOINTS_RETAINED)));
    }

    public Path directory() {
        return directory;
    }

    /** Writes a completed checkpoint as {@code chk-<id>/} and drops the ones beyond the retained count. */
    public Path store(JobSnapshot snapshot) {
        Path checkpoint = write(snapshot, directory.resolve("chk-" + snapshot.checkpointId()));
        LOG.info("Stored checkpoint {} of job '{}' in {}", snapshot.checkpointId(), snapshot.jobName(), checkpoint);
        try {
            dropOld();
            dropUnreferencedSharedFiles(snapshot);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete old checkpoints in {}: {}", directory, e.getMessage());
        }
        return checkpoint;
    }

    /**
     * Writes a snapshot as a self-contained directory ({@code state}, then {@code _metadata} through an
     * atomic rename): the layout of checkpoints and savepoints alike, read back by {@link #load(Path)}.
     *
     * @throws UncheckedIOException with a one-line message when the directory cannot be written
     */
    public static Path write(JobSnapshot snapshot, Path target) {
        try {
            Files.createDirectories(target);
            byte[] state = JobSnapshotFormat.toBytes(snapshot, target.toAbsolutePath().getParent());
            writeDurably(target.resolve(STATE), state);
            BinaryOutput metadata = new BinaryOutput();
            metadata.writeRaw(MAGIC, 0, MAGIC.length);
            metadata.writeUnsignedVarInt(VERSION);
            metadata.writeVarLong(snapshot.checkpointId());
            metadata.writeString(STATE);
            metadata.writeVarLong(state.length);
            metadata.writeLong(crc(state));
            Path temporary = Files.createTempFile(target, METADATA, ".tmp");
            try {
                writeDurably(temporary, metadata.toByteArray());
                Files.move(temporary, target.resolve(METADATA), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + snapshot.checkpointId() + " of job '" + snapshot.jobName()
                    + "' to " + target + ": " + describe(e), e);
        }
    }

    /**
     * Reads the snapshot a user points at: a checkpoint or savepoint directory (it holds {@code _metadata}),
     * a savepoint file ({@link JobSnapshotFormat}), or a job's checkpoint directory, whose newest complete
     * {@code chk-<id>} is taken (damaged ones are skipped with a warning).
     *
     * @throws IOException with a one-line message when nothing there can be restored
     */
    public static JobSnapshot loadFrom(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return JobSnapshotFormat.read(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IOException(path + " does not exist");
        }
        if (Files.exists(path.resolve(METADATA)) || CHECKPOINT.matcher(path.getFileName().toString()).matches()) {
            return load(path);
        }
        List<Path> checkpoints = checkpoints(path);
        if (checkpoints.isEmpty()) {
            throw new IOException(path + " holds no checkpoint (no " + METADATA + " file and no chk-<n> directories)");
        }
        return loadLatest(path).orElseThrow(() -> new IOException(
                "none of the " + checkpoints.size() + " checkpoints in " + path + " is complete"));
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type.equals("IOException") ? e.getMessage() : type + ": " + e.getMessage();
    }

    /**
     * The newest complete checkpoint under a job's checkpoint directory; incomplete or damaged ones
     * (no {@code _metadata}, a truncated or altered state file) are skipped with a warning.
     */
    public static Optional<JobSnapshot> loadLatest(Path directory) {
        List<Path> checkpoints = checkpoints(directory);
        for (int i = checkpoints.size() - 1; i >= 0; i--) {
            try {
                return Optional.of(load(checkpoints.get(i)));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Skipping checkpoint {}: {}", checkpoints.get(i), e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Reads one complete checkpoint directory; fails with a one-line reason when it is not complete. */
    public static JobSnapshot load(Path checkpoint) throws IOException {
        Path metadataFile = checkpoint.resolve(METADATA);
        if (!Files.exists(metadataFile)) {
            throw new IOException("checkpoint " + checkpoint + " is incomplete: it has no " + METADATA + " file");
        }
        byte[] metadata = Files.readAllBytes(metadataFile);
        if (metadata.length < MAGIC.length || !Arrays.equals(metadata, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("checkpoint " + checkpoint + " has a damaged " + METADATA + " file");
        }
        try {
            BinaryInput input = new BinaryInput(metadata, MAGIC.length, metadata.length - MAGIC.length);
            int version = input.readUnsignedVarInt();
            if (version != VERSION) {
                throw new IOException("checkpoint " + checkpoint + " has format version " + version + ", this runtime reads " + VERSION);
            }
            long id = input.readVarLong();
            Path stateFile = checkpoint.resolve(input.readString());
            long length = input.readVarLong();
            long crc = input.readLong();
            byte[] state = Files.exists(stateFile) ? Files.readAllBytes(stateFile) : null;
            if (state == null || state.length != length || crc(state) != crc) {
                throw new IOException("checkpoint " + checkpoint + " is damaged: its state file is missing, truncated or altered");
            }
            JobSnapshot snapshot = JobSnapshotFormat.fromBytes(state, checkpoint.toAbsolutePath().getParent());
            if (snapshot.checkpointId() != id) {
                throw new IOException("checkpoint " + checkpoint + " holds checkpoint " + snapshot.checkpointId() + ", not " + id);
            }
            for (KeyedStateHandle handle : handles(snapshot)) {
                try {
                    RocksDbCheckpointFiles.checkPresent(handle);
                } catch (IOException e) {
                    throw new IOException("checkpoint " + checkpoint + " is damaged: " + e.getMessage(), e);
                }
            }
            return snapshot;
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IOException("checkpoint " + checkpoint + " is damaged: " + e.getMessage(), e);
        }
    }

    /** Deletes complete checkpoints beyond the retained count and leftovers older than the newest complete one. */
    private void dropOld() throws IOException {
        List<Path> all = checkpoints(directory);
        List<Path> complete = all.stream().filter(path -> Files.exists(path.resolve(METADATA))).toList();
        if (complete.isEmpty()) {
            return;
        }
        long oldestKept = idOf(complete.get(Math.max(0, complete.size() - retained)));
        for (Path checkpoint : all) {
            if (idOf(checkpoint) < oldestKept) {
                deleteRecursively(checkpoint);
            }
        }
    }

    /** Where incremental checkpoints of this job store their files. */
    public Path sharedDirectory() {
        return directory.resolve(RocksDbStateBackendFactory.SHARED_DIRECTORY);
    }

    /**
     * Deletes files in the shared directory that no retained complete checkpoint refers to and that
     * were stored for a checkpoint up to {@code stored}'s (later ones may be uploading).
     */
    private void dropUnreferencedSharedFiles(JobSnapshot stored) throws IOException {
        Path shared = sharedDirectory();
        if (!Files.isDirectory(shared)) {
            return;
        }
        Set<Path> referenced = new HashSet<>();
        handles(stored).forEach(handle -> handle.files().forEach(file -> referenced.add(file.path().toAbsolutePath().normalize())));
        for (Path checkpoint : checkpoints(directory)) {
            if (idOf(checkpoint) != stored.checkpointId() && Files.exists(checkpoint.resolve(METADATA))) {
                try {
                    handles(load(checkpoint)).forEach(handle -> handle.files().forEach(file -> referenced.add(file.path().toAbsolutePath().normalize())));
                } catch (IOException e) {
                    LOG.warn("Checkpoint {} cannot be read, its shared files are not kept: {}", checkpoint, e.getMessage());
                }
            }
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(shared)) {
            for (Path file : files.toList()) {
                Matcher matcher = SHARED_FILE.matcher(file.getFileName().toString());
                if (matcher.matches() && Long.parseLong(matcher.group(1)) <= stored.checkpointId()
                        && !referenced.contains(file.toAbsolutePath().normalize())) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        }
        if (deleted > 0) {
            LOG.debug("Deleted {} shared files no checkpoint of {} refers to", deleted, directory);
        }
    }

    private static List<KeyedStateHandle> handles(JobSnapshot snapshot) {
        return snapshot.vertices().values().stream().flatMap(List::stream).flatMap(operator -> operator.keyedHandles().stream()).toList();
    }

    /** The {@code chk-<id>} directories under {@code directory}, by ascending id. */
    private static List<Path> checkpoints(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            List<Path> result = new ArrayList<>(children
                    .filter(path -> Files.isDirectory(path) && CHECKPOINT.matcher(path.getFileName().toString()).matches())
                    .toList());
            result.sort(Comparator.comparingLong(CheckpointStorage::idOf));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list checkpoints in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static long idOf(Path checkpoint) {
        Matcher matcher = CHECKPOINT.matcher(checkpoint.getFileName().toString());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Override
    public String toString() {
        return "CheckpointStorage[" + directory + ", retained " + retained + "]";
    }
}

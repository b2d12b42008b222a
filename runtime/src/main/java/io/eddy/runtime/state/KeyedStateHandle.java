package io.eddy.runtime.state;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keyed state of one RocksDB operator subtask in an incremental checkpoint: the files of a native
 * RocksDB checkpoint of its database (immutable SST files, shared with earlier checkpoints of the job,
 * and the small private files: MANIFEST, OPTIONS, CURRENT) and the key groups it holds. Restoring into
 * the same key-group range opens the files as the database; any other range, or the heap backend,
 * reads the key groups it needs out of a temporary copy.
 *
 * @param checkpointId the checkpoint that wrote it
 * @param range the key groups of the subtask that wrote it
 * @param states per state (column family) name, how its entries are laid out
 * @param files every file of the database, by local file name
 */
public record KeyedStateHandle(long checkpointId, KeyGroupRange range, Map<String, StateLayout> states, List<StateFile> files) {

    /** How the entries of one state are laid out in RocksDB (key group, key row, then per layout). */
    public enum StateLayout {
        /** One entry per key: write time and value. */
        VALUE,
        /** One entry per element: the element's number (8 bytes, in the order added) after the key row; write time and value. */
        LIST,
        /** One entry per key and map key (appended to the RocksDB key): write time and value. */
        MAP
    }

    /**
     * One file of the database as stored in the checkpoint directory.
     *
     * @param name the file's name in the database directory ({@code 000012.sst}, {@code CURRENT})
     * @param path where it is stored
     * @param length its length in bytes
     * @param checksum its CRC-32
     */
    public record StateFile(String name, Path path, long length, long checksum) {

        public StateFile {
            requireNonNull(name, "name is null");
            requireNonNull(path, "path is null");
            if (length < 0) {
                throw new IllegalArgumentException("negative length of " + name + ": " + length);
            }
        }

        /** Whether it is an immutable SST file, which later checkpoints share instead of copying again. */
        public boolean isShared() {
            return name.endsWith(".sst");
        }
    }

    public KeyedStateHandle {
        requireNonNull(range, "range is null");
        states = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(states, "states is null")));
        files = List.copyOf(requireNonNull(files, "files is null"));
    }

    /** Total bytes of its files. */
    public long totalBytes() {
        return files.stream().mapToLong(StateFile::length).sum();
    }

    /** Whether some of its key groups fall into {@code other}. */
    public boolean intersects(KeyGroupRange other) {
        return Math.max(range.start(), other.start()) <= Math.min(range.end(), other.end());
    }

    @Override
    public String toString() {
        return "KeyedStateHandle[checkpoint " + checkpointId + ", " + range + ", states " + states.keySet() + ", "
                + files.size() + " files, " + totalBytes() + " bytes]";
    }
}

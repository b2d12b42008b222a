package io.eddy.runtime.state.rocksdb;

import io.eddy.runtime.state.AsyncSnapshot;
import io.eddy.runtime.state.KeyGroupStateFormat;
import io.eddy.runtime.state.KeyedStateHandle;
import io.eddy.runtime.state.KeyedStateHandle.StateFile;
import io.eddy.runtime.state.KeyedStateHandle.StateLayout;
import io.eddy.runtime.state.KeyedStateSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The asynchronous parts of the RocksDB backend's snapshots, and what incremental checkpoints remember:
 * the SST files stored by the last confirmed (completed) checkpoint, which later checkpoints reference
 * instead of copying. Files stored by a checkpoint that never completed are never referenced.
 */
final class RocksDbSnapshots {

    /**
     * What the synchronous part captured.
     *
     * @param checkpointId the checkpoint
     * @param localCheckpoint the native checkpoint (hard links to the database's SST files), deleted after
     * @param layouts every state's layout
     * @param live the registered states, which drop expired entries in canonical snapshots
     * @param pendingRestore canonical bytes of restored states not registered again yet
     * @param now processing time of the snapshot, for TTL
     */
    record Captured(long checkpointId, Path localCheckpoint, Map<String, StateLayout> layouts, Map<String, RocksDbState<?, ?>> live,
                    Map<Integer, byte[]> pendingRestore, long now) {
    }

    private final RocksDbKeyedStateBackend backend;
    private final Path sharedDirectory;
    private final boolean incremental;
    private final Map<Long, Map<String, StateFile>> unconfirmed = new ConcurrentHashMap<>();
    private volatile Map<String, StateFile> confirmed = Map.of();

    /**
     * @param sharedDirectory where incremental checkpoints store files; null keeps every checkpoint canonical
     * @param incremental whether checkpoints are incremental ({@code execution.checkpointing.incremental})
     */
    RocksDbSnapshots(RocksDbKeyedStateBackend backend, Path sharedDirectory, boolean incremental) {
        this.backend = backend;
        this.sharedDirectory = sharedDirectory;
        this.incremental = incremental && sharedDirectory != null;
    }

    /** The asynchronous part of a snapshot whose synchronous part captured {@code captured}. */
    AsyncSnapshot<KeyedStateSnapshot> asynchronousPart(Captured captured, boolean canonical) {
        boolean upload = incremental && !canonical;
        Map<String, StateFile> stored = confirmed;
        return new AsyncSnapshot<>() {
            @Override
            public KeyedStateSnapshot complete() throws Exception {
                try {
                    return upload ? upload(captured, stored) : read(captured);
                } finally {
                    RocksDbCheckpointFiles.deleteRecursively(captured.localCheckpoint());
                }
            }

            @Override
            public void confirm() {
                Map<String, StateFile> files = unconfirmed.remove(captured.checkpointId());
                if (files != null) {
                    confirmed = files;
                }
                unconfirmed.keySet().removeIf(id -> id < captured.checkpointId());
            }
        };
    }

    private KeyedStateSnapshot upload(Captured captured, Map<String, StateFile> stored) throws Exception {
        List<StateFile> files = RocksDbCheckpointFiles.upload(captured.localCheckpoint(), sharedDirectory, captured.checkpointId(), stored);
        Map<String, StateFile> byName = new TreeMap<>();
        files.forEach(file -> byName.put(file.name(), file));
        unconfirmed.put(captured.checkpointId(), byName);
        KeyedStateHandle handle = new KeyedStateHandle(captured.checkpointId(), backend.keyGroupRange(), captured.layouts(), files);
        return new KeyedStateSnapshot(captured.pendingRestore(), List.of(handle));
    }

    private KeyedStateSnapshot read(Captured captured) throws Exception {
        Map<Integer, byte[]> groups = new TreeMap<>(captured.pendingRestore());
        KeyGroupStateFormat.mergeInto(groups, RocksDbCheckpointReader.read(captured.localCheckpoint(), captured.layouts(),
                captured.live(), backend.keyGroupRange(), backend.keySerializer(), captured.now()));
        return KeyedStateSnapshot.canonical(groups);
    }

    /**
     * After restoring {@code handle} as the database: its SST files already stored in this job's shared
     * directory are shared by the next checkpoint instead of copied again.
     */
    void restored(KeyedStateHandle handle) {
        Map<String, StateFile> shared = new TreeMap<>();
        for (StateFile file : handle.files()) {
            if (file.isShared() && sharedDirectory != null && sharedDirectory.toAbsolutePath().equals(file.path().toAbsolutePath().getParent())) {
                shared.put(file.name(), file);
            }
        }
        confirmed = shared;
    }
}

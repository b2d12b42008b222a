package io.eddy.runtime.state;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What a keyed state backend wrote for a checkpoint: canonical key-group bytes ({@link KeyGroupStateFormat})
 * and/or handles of incremental RocksDB checkpoints. Both restore into either backend.
 *
 * @param keyGroups canonical bytes by key group
 * @param handles incremental handles (empty for canonical snapshots)
 */
public record KeyedStateSnapshot(Map<Integer, byte[]> keyGroups, List<KeyedStateHandle> handles) {

    public KeyedStateSnapshot {
        keyGroups = Map.copyOf(requireNonNull(keyGroups, "keyGroups is null"));
        handles = List.copyOf(requireNonNull(handles, "handles is null"));
    }

    /** A snapshot of canonical bytes only. */
    public static KeyedStateSnapshot canonical(Map<Integer, byte[]> keyGroups) {
        return new KeyedStateSnapshot(keyGroups, List.of());
    }
}

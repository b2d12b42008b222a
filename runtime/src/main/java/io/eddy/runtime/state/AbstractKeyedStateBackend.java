package io.eddy.runtime.state;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.state.rocksdb.RocksDbCheckpointReader;
import io.eddy.runtime.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What every keyed state backend shares: the key-group range and its checks, the current key, the
 * registry of named states, and snapshots in the canonical {@link KeyGroupStateFormat}. States
 * restored before the operator asks for them again are kept as bytes and written through unchanged
 * by later snapshots.
 *
 * @param <S> the backend's state type
 */
public abstract class AbstractKeyedStateBackend<S extends SectionedState> implements KeyedStateBackend {

    protected final RowSerializer keySerializer;
    protected final Map<String, S> states = new TreeMap<>();
    private final int maxParallelism;
    private final KeyGroupRange range;
    private final Clock clock;
    private final Map<String, Map<Integer, byte[]>> pendingRestore = new TreeMap<>();
    protected Row currentKey;
    protected int currentKeyGroup = -1;
    /** Whether {@link #currentKey} never changes, so that it can be kept as it is. */
    private boolean currentKeyFrozen;

    protected AbstractKeyedStateBackend(RowSchema keySchema, int maxParallelism, KeyGroupRange range, Clock clock) {
        this.keySerializer = new RowSerializer(requireNonNull(keySchema, "keySchema is null"));
        this.range = requireNonNull(range, "range is null");
        this.clock = requireNonNull(clock, "clock is null");
        KeyGroupAssignment.checkParallelism(maxParallelism, 1);
        if (range.end() >= maxParallelism) {
            throw new IllegalArgumentException(range + " exceeds max parallelism " + maxParallelism);
        }
        this.maxParallelism = maxParallelism;
    }

    @Override
    public void setCurrentKey(Row key) {
        setCurrentKey(key, false);
    }

    @Override
    public void setCurrentFrozenKey(Row key) {
        setCurrentKey(key, true);
    }

    private void setCurrentKey(Row key, boolean frozen) {
        int keyGroup = KeyGroupAssignment.keyGroupFor(requireNonNull(key, "key is null"), maxParallelism);
        if (!range.contains(keyGroup)) {
            throw new IllegalStateException("key " + key + " belongs to key group " + keyGroup + ", outside this subtask's " + range);
        }
        switchKey(key, keyGroup, frozen);
    }

    /** Makes a checked key current; {@code frozen}: the row never changes again. */
    protected void switchKey(Row key, int keyGroup, boolean frozen) {
        currentKey = key;
        currentKeyGroup = keyGroup;
        currentKeyFrozen = frozen;
    }

    /** Whether the current key row never changes (set frozen, or replaced by its frozen copy). */
    protected boolean isCurrentKeyFrozen() {
        return currentKeyFrozen;
    }

    /**
     * The current key as a row that never changes, to keep in state or timers: the current key itself when
     * it was set frozen, else a copy made on the first call after the key was set (and current from then on).
     */
    protected Row frozenCurrentKey() {
        if (!currentKeyFrozen) {
            currentKey = currentKey.copy();
            currentKeyFrozen = true;
        }
        return currentKey;
    }

    /** {@code key} as a row that never changes: {@link #frozenCurrentKey()} for the current key, else a copy. */
    private Row frozenCopyOf(Row key) {
        return key == currentKey ? frozenCurrentKey() : key.copy();
    }

    /** A heap queue keeping the current key's frozen row (see {@link #frozenCurrentKey()}) for new timers. */
    @Override
    public TimerQueue createTimerQueue(String name) {
        return new HeapTimerQueue(this::frozenCopyOf);
    }

    @Override
    public Row currentKey() {
        return currentKey;
    }

    @Override
    public int currentKeyGroup() {
        return currentKeyGroup;
    }

    @Override
    public KeyGroupRange keyGroupRange() {
        return range;
    }

    @Override
    public int maxParallelism() {
        return maxParallelism;
    }

    /** Processing time, for TTL. */
    public long now() {
        return clock.currentTimeMillis();
    }

    public RowSerializer keySerializer() {
        return keySerializer;
    }

    /** The state registered under the descriptor's name, created (and loaded from pending restored bytes) on first use. */
    protected S register(StateDescriptor<?, ?> descriptor, Supplier<S> creator) {
        S existing = states.get(descriptor.name());
        if (existing != null) {
            if (!existing.descriptor().type().equals(descriptor.type())) {
                throw new IllegalStateException("state '" + descriptor.name() + "' already exists as " + existing.descriptor());
            }
            return existing;
        }
        S state = creator.get();
        states.put(descriptor.name(), state);
        Map<Integer, byte[]> pending = pendingRestore.remove(descriptor.name());
        if (pending != null) {
            pending.forEach((group, bytes) -> state.readSection(group, new BinaryInput(bytes)));
        }
        return state;
    }

    @Override
    public Map<Integer, byte[]> snapshot() {
        return snapshot(true);
    }

    /** Canonical bytes of the restored states not asked for again yet (kept as bytes until then). */
    protected Map<Integer, byte[]> snapshotPendingRestore() {
        return snapshot(false);
    }

    private Map<Integer, byte[]> snapshot(boolean withStates) {
        Map<Integer, byte[]> result = new TreeMap<>();
        long now = now();
        BinaryOutput section = new BinaryOutput();
        for (int group = range.start(); group <= range.end(); group++) {
            SortedMap<String, byte[]> sections = new TreeMap<>();
            for (S state : withStates ? states.values() : List.<S>of()) {
                section.reset();
                if (state.writeSection(group, section, now)) {
                    sections.put(state.descriptor().name(), section.toByteArray());
                }
            }
            for (Map.Entry<String, Map<Integer, byte[]>> pending : pendingRestore.entrySet()) {
                byte[] bytes = pending.getValue().get(group);
                if (bytes != null) {
                    sections.put(pending.getKey(), bytes);
                }
            }
            if (!sections.isEmpty()) {
                result.put(group, KeyGroupStateFormat.write(sections));
            }
        }
        return result;
    }

    /**
     * Loads incremental RocksDB handles (of any key-group range) by reading the key groups of this
     * backend's range out of a temporary copy of each into the canonical path.
     */
    @Override
    public void restore(List<KeyedStateHandle> handles) {
        for (KeyedStateHandle handle : handles) {
            checkFits(handle);
            if (!handle.intersects(range)) {
                continue;
            }
            try {
                restore(RocksDbCheckpointReader.read(handle, range, keySerializer, temporaryDirectory()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot restore keyed state: " + e.getMessage(), e);
            }
        }
    }

    /** Fails when a handle holds key groups this backend's max parallelism does not have. */
    protected void checkFits(KeyedStateHandle handle) {
        if (handle.range().end() >= maxParallelism) {
            throw new IllegalStateException("checkpoint " + handle.checkpointId() + " holds " + handle.range()
                    + " but the max parallelism is " + maxParallelism + "; keep 'pipeline.max-parallelism' as it was when it was taken");
        }
    }

    /** Where temporary copies of checkpointed databases go while they are read. */
    protected Path temporaryDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    @Override
    public void restore(Map<Integer, byte[]> keyGroupStates) {
        keyGroupStates.forEach((group, bytes) -> {
            if (!range.contains(group)) {
                return;
            }
            KeyGroupStateFormat.read(bytes, (name, section) -> {
                S state = states.get(name);
                if (state != null) {
                    state.readSection(group, new BinaryInput(section));
                } else {
                    pendingRestore.computeIfAbsent(name, ignored -> new TreeMap<>()).put(group, section);
                }
            });
        });
    }

    /** Forgets every state and pending restored bytes (on close). */
    protected void clearStates() {
        states.clear();
        pendingRestore.clear();
    }
}

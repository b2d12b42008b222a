package io.eddy.runtime.state;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Keyed state on the Java heap ({@code state.backend.type = hashmap}): per state, one hash map per key
 * group from key to value. Snapshots are synchronous and written per key group, so they can be
 * restored into any key-group range.
 *
 * <p>Snapshots use the canonical {@link KeyGroupStateFormat}. States restored before the operator asks for them again are kept as
 * bytes and written through unchanged by later snapshots.
 */
public final class HeapKeyedStateBackend implements KeyedStateBackend {

    private final RowSerializer keySerializer;
    private final int maxParallelism;
    private final KeyGroupRange range;
    private final Clock clock;
    private final Map<String, HeapState<?, ?>> states = new TreeMap<>();
    private final Map<String, Map<Integer, byte[]>> pendingRestore = new TreeMap<>();
    private Row currentKey;
    private int currentKeyGroup = -1;

    public HeapKeyedStateBackend(RowSchema keySchema, int maxParallelism, KeyGroupRange range, Clock clock) {
        this.keySerializer = new RowSerializer(requireNonNull(keySchema, "keySchema is null"));
        this.range = requireNonNull(range, "range is null");
        this.clock = requireNonNull(clock, "clock is null");
        KeyGroupAssignment.checkParallelism(maxParallelism, 1);
        if (range.end() >= maxParallelism) {
            throw new IllegalArgumentException(range + " exceeds max parallelism " + maxParallelism);
        }
        this.maxParallelism = maxParallelism;
    }

    /** The factory for {@code state.backend.type = hashmap}. */
    public static StateBackendFactory factory() {
        return HeapKeyedStateBackend::new;
    }

    @Override
    public void setCurrentKey(Row key) {
        int keyGroup = KeyGroupAssignment.keyGroupFor(requireNonNull(key, "key is null"), maxParallelism);
        if (!range.contains(keyGroup)) {
            throw new IllegalStateException("key " + key + " belongs to key group " + keyGroup + ", outside this subtask's " + range);
        }
        currentKey = key;
        currentKeyGroup = keyGroup;
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

    long now() {
        return clock.currentTimeMillis();
    }

    /** The current key's map of one state, for the state handles. */
    Map<Row, Object> table(HeapState<?, ?> state) {
        if (currentKey == null) {
            throw new IllegalStateException("no current key set before accessing " + state.descriptor());
        }
        return state.tables[currentKeyGroup - range.start()];
    }

    Row currentKeyForInsert() {
        return currentKey.copy();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> ValueState<V> valueState(StateDescriptor<Void, V> descriptor) {
        return (ValueState<V>) register(descriptor, () -> new HeapValueState<>(this, descriptor));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> ListState<V> listState(StateDescriptor<Void, V> descriptor) {
        return (ListState<V>) register(descriptor, () -> new HeapListState<>(this, descriptor));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> MapState<K, V> mapState(StateDescriptor<K, V> descriptor) {
        return (MapState<K, V>) register(descriptor, () -> new HeapMapState<>(this, descriptor));
    }

    private HeapState<?, ?> register(StateDescriptor<?, ?> descriptor, Supplier<HeapState<?, ?>> creator) {
        HeapState<?, ?> existing = states.get(descriptor.name());
        if (existing != null) {
            if (!existing.descriptor().type().equals(descriptor.type())) {
                throw new IllegalStateException("state '" + descriptor.name() + "' already exists as " + existing.descriptor());
            }
            return existing;
        }
        HeapState<?, ?> state = creator.get();
        state.tables = newTables();
        states.put(descriptor.name(), state);
        Map<Integer, byte[]> pending = pendingRestore.remove(descriptor.name());
        if (pending != null) {
            pending.forEach((group, bytes) -> state.readSection(group, new BinaryInput(bytes), keySerializer));
        }
        return state;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<Row, Object>[] newTables() {
        Map<Row, Object>[] tables = new Map[range.size()];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = new HashMap<>();
        }
        return tables;
    }

    @Override
    public Map<Integer, byte[]> snapshot() {
        Map<Integer, byte[]> result = new TreeMap<>();
        long now = now();
        BinaryOutput section = new BinaryOutput();
        for (int group = range.start(); group <= range.end(); group++) {
            SortedMap<String, byte[]> sections = new TreeMap<>();
            for (HeapState<?, ?> state : states.values()) {
                section.reset();
                if (state.writeSection(group - range.start(), section, keySerializer, now)) {
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

    @Override
    public void restore(Map<Integer, byte[]> keyGroupStates) {
        keyGroupStates.forEach((group, bytes) -> {
            if (!range.contains(group)) {
                return;
            }
            KeyGroupStateFormat.read(bytes, (name, section) -> {
                HeapState<?, ?> state = states.get(name);
                if (state != null) {
                    state.readSection(group, new BinaryInput(section), keySerializer);
                } else {
                    pendingRestore.computeIfAbsent(name, ignored -> new TreeMap<>()).put(group, section);
                }
            });
        });
    }

    @Override
    public void forEachKey(String stateName, Runnable action) {
        HeapState<?, ?> state = states.get(stateName);
        if (state == null) {
            return;
        }
        Row savedKey = currentKey;
        int savedGroup = currentKeyGroup;
        for (int i = 0; i < state.tables.length; i++) {
            List<Row> keys = new ArrayList<>(state.tables[i].keySet());
            for (Row key : keys) {
                currentKey = key;
                currentKeyGroup = range.start() + i;
                action.run();
            }
        }
        currentKey = savedKey;
        currentKeyGroup = savedGroup;
    }

    /** Number of keys holding live or not yet expired-and-cleaned state in one state, for tests and metrics. */
    public int numberOfKeys(String stateName) {
        HeapState<?, ?> state = states.get(stateName);
        int count = 0;
        if (state != null) {
            for (Map<Row, Object> table : state.tables) {
                count += table.size();
            }
        }
        return count;
    }

    int keyGroupIndex(int keyGroup) {
        return keyGroup - range.start();
    }

    @Override
    public void close() {
        states.clear();
        pendingRestore.clear();
    }

    @Override
    public String toString() {
        return "HeapKeyedStateBackend[" + range + ", states " + states.keySet() + "]";
    }
}

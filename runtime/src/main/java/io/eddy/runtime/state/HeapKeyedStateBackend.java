package io.eddy.runtime.state;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.time.Clock;

/**
 * Keyed state on the Java heap ({@code state.backend.type = hashmap}): per state, one {@link StateTable} per
 * key group from key to value (fixed-width keys held inline, others as rows). Snapshots are synchronous and written per key group in the canonical
 * {@link KeyGroupStateFormat}, so they can be restored into any key-group range and any backend.
 */
public final class HeapKeyedStateBackend extends AbstractKeyedStateBackend<HeapState<?, ?>> {

    public HeapKeyedStateBackend(RowSchema keySchema, int maxParallelism, KeyGroupRange range, Clock clock) {
        super(keySchema, maxParallelism, range, clock);
    }

    /** The factory for {@code state.backend.type = hashmap}. */
    public static StateBackendFactory factory() {
        return HeapKeyedStateBackend::new;
    }

    /**
     * Counts key changes, so that a state can keep the current key's value at hand between calls for
     * the same key: it changes whenever the current key is set, also to an equal key.
     */
    private long keyVersion;

    @Override
    protected void switchKey(Row key, int keyGroup, boolean frozen) {
        super.switchKey(key, keyGroup, frozen);
        keyVersion++;
    }

    /** The number of key changes so far; see {@link #keyVersion}. */
    long keyVersion() {
        return keyVersion;
    }

    /** The current key's table of one state, for the state handles. */
    StateTable table(HeapState<?, ?> state) {
        if (currentKey == null) {
            throw new IllegalStateException("no current key set before accessing " + state.descriptor());
        }
        return state.tables[keyGroupIndex(currentKeyGroup)];
    }

    /** The current key as a row to keep in a state's table: one row per key switch, shared by the states. */
    Row currentKeyForInsert() {
        return frozenCurrentKey();
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

    /** One table per key group of this backend's range, laid out for its keys ({@link StateTable#forKeys}). */
    StateTable[] newTables() {
        StateTable[] tables = new StateTable[keyGroupRange().size()];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = StateTable.forKeys(keySerializer.schema());
        }
        return tables;
    }

    @Override
    public void forEachKey(String stateName, Runnable action) {
        HeapState<?, ?> state = states.get(stateName);
        if (state == null) {
            return;
        }
        Row savedKey = currentKey;
        int savedGroup = currentKeyGroup;
        boolean savedFrozen = isCurrentKeyFrozen();
        for (int i = 0; i < state.tables.length; i++) {
            for (Row key : state.tables[i].keys()) {
                switchKey(key, keyGroupRange().start() + i, true);  // a row of its own
                action.run();
            }
        }
        switchKey(savedKey, savedGroup, savedFrozen);
    }

    /** Number of keys holding live or not yet expired-and-cleaned state in one state, for tests and metrics. */
    public int numberOfKeys(String stateName) {
        HeapState<?, ?> state = states.get(stateName);
        int count = 0;
        if (state != null) {
            for (StateTable table : state.tables) {
                count += table.size();
            }
        }
        return count;
    }

    int keyGroupIndex(int keyGroup) {
        return keyGroup - keyGroupRange().start();
    }

    @Override
    public void close() {
        clearStates();
    }

    @Override
    public String toString() {
        return "HeapKeyedStateBackend[" + keyGroupRange() + ", states " + states.keySet() + "]";
    }
}

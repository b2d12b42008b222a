package io.eddy.runtime.state;

import io.eddy.runtime.data.Row;
import java.util.List;
import java.util.Map;

/**
 * Holds the keyed state of one operator subtask for the key groups it owns. All state handles read
 * and write the entry of the <em>current key</em>, set with {@link #setCurrentKey(Row)} before each
 * element or timer. Used by a single thread. Implementations: {@link HeapKeyedStateBackend} and
 * {@code rocksdb.RocksDbKeyedStateBackend}, both on {@link AbstractKeyedStateBackend}; their snapshots
 * share the {@link KeyGroupStateFormat}.
 */
public interface KeyedStateBackend extends AutoCloseable {

    /** Makes {@code key} current; the backend copies it if it keeps it. Fails if the key is not in this backend's range. */
    void setCurrentKey(Row key);

    /**
     * Makes {@code key} current, like {@link #setCurrentKey(Row)}, for a row the caller never changes again
     * (a timer's key, a key a buffer copied and drops): state and timers then keep that row itself instead
     * of a copy of it, so a key is stored once however many states and timers hold it.
     */
    void setCurrentFrozenKey(Row key);

    /** The current key, {@code null} before the first {@link #setCurrentKey(Row)}. */
    Row currentKey();

    /** The key group of the current key. */
    int currentKeyGroup();

    KeyGroupRange keyGroupRange();

    int maxParallelism();

    /** The value state for a descriptor, created on first use; the same descriptor name always returns the same state. */
    <V> ValueState<V> valueState(StateDescriptor<Void, V> descriptor);

    <V> ListState<V> listState(StateDescriptor<Void, V> descriptor);

    <K, V> MapState<K, V> mapState(StateDescriptor<K, V> descriptor);

    /**
     * Writes the live state of every key group in range (expired TTL entries are dropped) as bytes per
     * key group. States created later with the same descriptors read them back after {@link #restore(Map)}.
     */
    Map<Integer, byte[]> snapshot();

    /**
     * Loads key-group bytes written by {@link #snapshot()} of any backend with the same max parallelism;
     * groups outside this backend's range are ignored, so snapshots of another parallelism can be passed whole.
     */
    void restore(Map<Integer, byte[]> keyGroupStates);

    /**
     * Loads incremental RocksDB checkpoint handles; only the key groups of this backend's range are
     * taken, so handles of another parallelism can be passed whole. Call before any state is used.
     */
    void restore(List<KeyedStateHandle> handles);

    /**
     * Takes the synchronous part of a snapshot for checkpoint {@code checkpointId} on the task thread and
     * returns the rest, to run on the checkpoint I/O thread. With {@code canonical} (savepoints) the
     * result holds canonical bytes only; otherwise a backend may return incremental handles. By default
     * the whole snapshot is taken here.
     */
    default AsyncSnapshot<KeyedStateSnapshot> snapshotAsync(long checkpointId, boolean canonical) {
        return AsyncSnapshot.done(KeyedStateSnapshot.canonical(snapshot()));
    }

    /**
     * A new, empty queue for the timers of one kind of the operator ({@code name} tells the kinds
     * apart); on the heap by default. The caller closes it before this backend.
     */
    default TimerQueue createTimerQueue(String name) {
        return new HeapTimerQueue(Row::copy);
    }

    /** Calls {@code action} for every key that has state (in a stable order), with that key set as current. */
    void forEachKey(String stateName, Runnable action);

    @Override
    void close();
}

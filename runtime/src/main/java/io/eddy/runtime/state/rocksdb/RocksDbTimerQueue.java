package io.eddy.runtime.state.rocksdb;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.state.KeyGroupRange;
import io.eddy.runtime.state.QueuedTimer;
import io.eddy.runtime.state.TimerQueue;
import io.eddy.runtime.state.rocksdb.RocksDbTimerGroup.CachedTimer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksIterator;

/**
 * A {@link TimerQueue} in RocksDB ({@code state.backend.rocksdb.timer-service.factory = ROCKSDB}), in a
 * column family of its own, laid out as Flink's RocksDB timers: one entry per timer whose key is the
 * key group (2 bytes), the time, the serialized key and the namespace (times and namespaces 8 bytes
 * big-endian with the sign bit flipped, so bytes sort as numbers), and whose value is the registration
 * sequence. A timer is its key, so registering it twice writes the same entry again and needs no read:
 * adding costs one write, firing or deleting one delete. Timers of the same time fire in key order,
 * not registration order.
 *
 * <p>Each key group keeps its earliest timers in a small cache ({@link RocksDbTimerGroup}), and the
 * groups with timers sit in a tree ordered by their first timer: the next timer is known without a
 * RocksDB read, and the heap holds at most {@link #CACHE_PER_KEY_GROUP} timers per key group however
 * many are pending. Snapshots are taken by the timer service ({@link #forEachByKeyGroup}), so the
 * column family is never restored from a checkpoint.
 */
final class RocksDbTimerQueue implements TimerQueue {

    /** Timers of one key group cached on the heap, as Flink's RocksDB timer cache. */
    static final int CACHE_PER_KEY_GROUP = 128;

    /** Where the time starts in an entry's key, after the key group. */
    static final int TIME_OFFSET = 2;

    /** Where the serialized key starts in an entry's key. */
    static final int KEY_OFFSET = TIME_OFFSET + Long.BYTES;

    /** Timers by time, then registration: the order {@link #forEachByKeyGroup} visits a key group's timers in. */
    private static final Comparator<CachedTimer> BY_REGISTRATION = Comparator.comparingLong(CachedTimer::time)
            .thenComparingLong(CachedTimer::sequence);

    private final RocksDbKeyedStateBackend backend;
    private final ColumnFamilyHandle column;
    private final RowSerializer keySerializer;
    private final KeyGroupRange range;
    private final RocksDbTimerGroup[] groups;
    private final TreeSet<RocksDbTimerGroup> heads = new TreeSet<>(RocksDbTimerGroup.BY_HEAD);
    private final BinaryOutput keyBuffer = new BinaryOutput();

    RocksDbTimerQueue(RocksDbKeyedStateBackend backend, ColumnFamilyHandle column, int cachePerKeyGroup) {
        this.backend = requireNonNull(backend, "backend is null");
        this.column = requireNonNull(column, "column is null");
        this.keySerializer = backend.keySerializer();
        this.range = backend.keyGroupRange();
        this.groups = new RocksDbTimerGroup[range.end() - range.start() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = new RocksDbTimerGroup(range.start() + i, cachePerKeyGroup, this::load);
        }
    }

    /**
     * Adds the timer unless its key group's cache knows it is pending. A timer past the cache is written
     * without looking: if it was pending, the write replaces it (keeping one), and this returns true.
     */
    @Override
    public boolean add(long time, Row key, long namespace, int keyGroup, long sequence) {
        RocksDbTimerGroup group = group(keyGroup);
        CachedTimer timer = new CachedTimer(entryKey(keyGroup, time, key, namespace), sequence);
        if (group.knows(timer) && group.holds(timer)) {
            return false;
        }
        backend.put(column, timer.entry(), ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        boolean newHead = group.precedesHead(timer);
        if (newHead && group.head() != null) {
            heads.remove(group);
        }
        group.added(timer);
        if (newHead) {
            heads.add(group);
        }
        return true;
    }

    @Override
    public boolean remove(long time, Row key, long namespace, int keyGroup) {
        RocksDbTimerGroup group = group(keyGroup);
        CachedTimer timer = new CachedTimer(entryKey(keyGroup, time, key, namespace), 0);
        if (!group.knows(timer)) {
            if (backend.get(column, timer.entry()) == null) {
                return false;
            }
            backend.delete(column, timer.entry());
            return true;
        }
        if (!group.holds(timer)) {
            return false;
        }
        backend.delete(column, timer.entry());
        boolean wasHead = RocksDbTimerGroup.ORDER.compare(timer, group.head()) == 0;
        if (wasHead) {
            heads.remove(group);
        }
        group.removed(timer);
        if (wasHead && group.head() != null) {
            heads.add(group);
        }
        return true;
    }

    @Override
    public long firstTime() {
        return heads.isEmpty() ? Long.MAX_VALUE : heads.first().head().time();
    }

    @Override
    public QueuedTimer poll() {
        RocksDbTimerGroup group = heads.pollFirst();
        if (group == null) {
            return null;
        }
        CachedTimer timer = group.head();
        backend.delete(column, timer.entry());
        group.pollHead();
        if (group.head() != null) {
            heads.add(group);
        }
        return queued(group.keyGroup(), timer);
    }

    /** Counts the pending timers: from the caches of complete key groups, reading RocksDB for the others. */
    @Override
    public long size() {
        long size = 0;
        try (RocksIterator iterator = backend.iterator(column)) {
            for (RocksDbTimerGroup group : groups) {
                if (group.complete()) {
                    size += group.cachedTimers();
                } else {
                    byte[] prefix = RocksDbKeyedStateBackend.keyGroupPrefix(group.keyGroup());
                    for (iterator.seek(prefix); iterator.isValid() && RocksDbState.startsWith(iterator.key(), prefix); iterator.next()) {
                        size++;
                    }
                }
            }
        }
        return size;
    }

    /** Visits each key group's timers by time, then registration, whatever order they fire in. */
    @Override
    public void forEachByKeyGroup(Consumer<QueuedTimer> action) {
        for (int keyGroup = range.start(); keyGroup <= range.end(); keyGroup++) {
            List<CachedTimer> timers = load(keyGroup, null, Integer.MAX_VALUE);
            timers.sort(BY_REGISTRATION);
            for (CachedTimer timer : timers) {
                action.accept(queued(keyGroup, timer));
            }
        }
    }

    private QueuedTimer queued(int keyGroup, CachedTimer timer) {
        Row key = keySerializer.deserialize(new BinaryInput(timer.entry(), KEY_OFFSET, timer.entry().length - KEY_OFFSET - Long.BYTES));
        return new QueuedTimer(timer.time(), key, timer.namespace(), keyGroup, timer.sequence());
    }

    /** Up to {@code limit} timers of a key group from RocksDB, in order, after {@code after} (from the first when null). */
    private List<CachedTimer> load(int keyGroup, CachedTimer after, int limit) {
        List<CachedTimer> loaded = new ArrayList<>(Math.min(limit, 256));
        byte[] prefix = RocksDbKeyedStateBackend.keyGroupPrefix(keyGroup);
        try (RocksIterator iterator = backend.iterator(column)) {
            for (iterator.seek(after == null ? prefix : after.entry()); iterator.isValid() && loaded.size() < limit; iterator.next()) {
                byte[] entry = iterator.key();
                if (!RocksDbState.startsWith(entry, prefix)) {
                    break;
                }
                if (after == null || !Arrays.equals(entry, after.entry())) {
                    loaded.add(new CachedTimer(entry, ByteBuffer.wrap(iterator.value()).getLong()));
                }
            }
        }
        return loaded;
    }

    private RocksDbTimerGroup group(int keyGroup) {
        if (!range.contains(keyGroup)) {
            throw new IllegalArgumentException("key group " + keyGroup + " is outside this subtask's " + range);
        }
        return groups[keyGroup - range.start()];
    }

    /** The RocksDB key of a timer: key group, time, serialized key, namespace. */
    private byte[] entryKey(int keyGroup, long time, Row key, long namespace) {
        keyBuffer.reset();
        RocksDbKeyedStateBackend.writeKeyGroup(keyBuffer, keyGroup);
        keyBuffer.writeLong(time ^ Long.MIN_VALUE);
        keySerializer.serialize(requireNonNull(key, "key is null"), keyBuffer);
        keyBuffer.writeLong(namespace ^ Long.MIN_VALUE);
        return keyBuffer.toByteArray();
    }

    /** Timers cached on the heap, over all key groups. */
    int cachedTimers() {
        int cached = 0;
        for (RocksDbTimerGroup group : groups) {
            cached += group.cachedTimers();
        }
        return cached;
    }

    @Override
    public String toString() {
        return "RocksDbTimerQueue[" + heads.size() + " key groups with timers]";
    }
}

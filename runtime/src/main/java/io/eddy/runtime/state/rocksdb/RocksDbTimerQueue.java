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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksIterator;

/**
 * A {@link TimerQueue} in RocksDB ({@code state.backend.rocksdb.timer-service.factory = ROCKSDB}), in a
 * column family of its own. Every timer has two entries there, both behind its key group (2 bytes):
 * <ul>
 *   <li>order: {@code 0}, time, sequence (8 bytes each, big-endian, sign bit flipped so bytes sort as
 *       numbers) → namespace (8 bytes) and serialized key; a key group's timers in firing order;</li>
 *   <li>identity: {@code 1}, time, namespace, serialized key → sequence; finds a pending timer by what
 *       identifies it, so registering one twice keeps one, and deleting needs no scan.</li>
 * </ul>
 * Each key group keeps its earliest timers in a small cache ({@link RocksDbTimerGroup}), and the groups
 * with timers sit in a tree ordered by their first timer: adding, deleting and polling cost O(log n)
 * RocksDB work plus O(log key groups) in memory, the next timer is known without a RocksDB read, and the
 * heap holds at most {@link #CACHE_PER_KEY_GROUP} timers per key group however many are pending.
 */
final class RocksDbTimerQueue implements TimerQueue {

    /** Timers of one key group cached on the heap, as Flink's RocksDB timer cache. */
    static final int CACHE_PER_KEY_GROUP = 128;

    /** Pending timers remembered on the heap so registering them again needs no RocksDB read. */
    static final int RECENTLY_PENDING = 4_096;

    private static final byte ORDER = 0;
    private static final byte IDENTITY = 1;
    private static final int ORDER_KEY_LENGTH = 19;

    private final RocksDbKeyedStateBackend backend;
    private final ColumnFamilyHandle column;
    private final RowSerializer keySerializer;
    private final KeyGroupRange range;
    private final RocksDbTimerGroup[] groups;
    private final TreeSet<RocksDbTimerGroup> heads = new TreeSet<>(RocksDbTimerGroup.BY_HEAD);
    private final BinaryOutput keyBuffer = new BinaryOutput();
    private final RecentlyPending recentlyPending = new RecentlyPending();
    private long size;

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

    @Override
    public boolean add(long time, Row key, long namespace, int keyGroup, long sequence) {
        byte[] keyBytes = serialize(key);
        byte[] identity = identityKey(keyGroup, time, namespace, keyBytes);
        ByteBuffer recent = ByteBuffer.wrap(identity);
        if (recentlyPending.get(recent) != null) {
            return false;
        }
        if (backend.get(column, identity) != null) {
            recentlyPending.put(recent, Boolean.TRUE);
            return false;
        }
        recentlyPending.put(recent, Boolean.TRUE);
        CachedTimer timer = new CachedTimer(time, sequence, namespace, keyBytes);
        backend.put(column, identity, ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        backend.put(column, orderKey(keyGroup, time, sequence), orderValue(namespace, keyBytes));
        RocksDbTimerGroup group = group(keyGroup);
        boolean newHead = group.precedesHead(timer);
        if (newHead && group.head() != null) {
            heads.remove(group);
        }
        group.added(timer);
        if (newHead) {
            heads.add(group);
        }
        size++;
        return true;
    }

    @Override
    public boolean remove(long time, Row key, long namespace, int keyGroup) {
        byte[] keyBytes = serialize(key);
        byte[] identity = identityKey(keyGroup, time, namespace, keyBytes);
        byte[] sequenceBytes = backend.get(column, identity);
        if (sequenceBytes == null) {
            return false;
        }
        long sequence = ByteBuffer.wrap(sequenceBytes).getLong();
        recentlyPending.remove(ByteBuffer.wrap(identity));
        backend.delete(column, identity);
        backend.delete(column, orderKey(keyGroup, time, sequence));
        CachedTimer timer = new CachedTimer(time, sequence, namespace, keyBytes);
        RocksDbTimerGroup group = group(keyGroup);
        boolean wasHead = RocksDbTimerGroup.ORDER.compare(timer, group.head()) == 0;
        if (wasHead) {
            heads.remove(group);
        }
        group.removed(timer);
        if (wasHead && group.head() != null) {
            heads.add(group);
        }
        size--;
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
        byte[] identity = identityKey(group.keyGroup(), timer.time(), timer.namespace(), timer.keyBytes());
        recentlyPending.remove(ByteBuffer.wrap(identity));
        backend.delete(column, identity);
        backend.delete(column, orderKey(group.keyGroup(), timer.time(), timer.sequence()));
        group.pollHead();
        if (group.head() != null) {
            heads.add(group);
        }
        size--;
        return new QueuedTimer(timer.time(), keySerializer.deserialize(new BinaryInput(timer.keyBytes())), timer.namespace(),
                group.keyGroup(), timer.sequence());
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void forEachByKeyGroup(Consumer<QueuedTimer> action) {
        try (RocksIterator iterator = backend.iterator(column)) {
            for (int keyGroup = range.start(); keyGroup <= range.end(); keyGroup++) {
                byte[] start = orderKey(keyGroup, Long.MIN_VALUE, Long.MIN_VALUE);
                for (iterator.seek(start); iterator.isValid() && isOrderKeyOf(iterator.key(), keyGroup); iterator.next()) {
                    CachedTimer timer = decode(iterator.key(), iterator.value());
                    action.accept(new QueuedTimer(timer.time(), keySerializer.deserialize(new BinaryInput(timer.keyBytes())),
                            timer.namespace(), keyGroup, timer.sequence()));
                }
            }
        }
    }

    /** Up to {@code limit} timers of a key group from RocksDB, in order, after {@code after}. */
    private List<CachedTimer> load(int keyGroup, CachedTimer after, int limit) {
        List<CachedTimer> loaded = new ArrayList<>(limit);
        byte[] start = after == null ? orderKey(keyGroup, Long.MIN_VALUE, Long.MIN_VALUE) : orderKey(keyGroup, after.time(), after.sequence());
        try (RocksIterator iterator = backend.iterator(column)) {
            for (iterator.seek(start); iterator.isValid() && loaded.size() < limit; iterator.next()) {
                byte[] key = iterator.key();
                if (!isOrderKeyOf(key, keyGroup)) {
                    break;
                }
                if (!Arrays.equals(key, start)) {
                    loaded.add(decode(key, iterator.value()));
                }
            }
        }
        return loaded;
    }

    /**
     * Identity keys of timers known to be pending, the most recently registered first, at most
     * {@link #RECENTLY_PENDING}: registering a timer again soon after (every row of a key in a window
     * does) is answered without a RocksDB read. Timers leave it when they are deleted or fire.
     */
    private static final class RecentlyPending extends LinkedHashMap<ByteBuffer, Boolean> {

        RecentlyPending() {
            super(RECENTLY_PENDING * 2, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Boolean> eldest) {
            return size() > RECENTLY_PENDING;
        }
    }

    private RocksDbTimerGroup group(int keyGroup) {
        if (!range.contains(keyGroup)) {
            throw new IllegalArgumentException("key group " + keyGroup + " is outside this subtask's " + range);
        }
        return groups[keyGroup - range.start()];
    }

    private byte[] serialize(Row key) {
        keyBuffer.reset();
        keySerializer.serialize(requireNonNull(key, "key is null"), keyBuffer);
        return keyBuffer.toByteArray();
    }

    static byte[] orderKey(int keyGroup, long time, long sequence) {
        return ByteBuffer.allocate(ORDER_KEY_LENGTH).putShort((short) keyGroup).put(ORDER)
                .putLong(time ^ Long.MIN_VALUE).putLong(sequence ^ Long.MIN_VALUE).array();
    }

    private static byte[] identityKey(int keyGroup, long time, long namespace, byte[] keyBytes) {
        return ByteBuffer.allocate(19 + keyBytes.length).putShort((short) keyGroup).put(IDENTITY)
                .putLong(time).putLong(namespace).put(keyBytes).array();
    }

    private static byte[] orderValue(long namespace, byte[] keyBytes) {
        return ByteBuffer.allocate(Long.BYTES + keyBytes.length).putLong(namespace).put(keyBytes).array();
    }

    private static boolean isOrderKeyOf(byte[] key, int keyGroup) {
        return key.length == ORDER_KEY_LENGTH && key[0] == (byte) (keyGroup >>> 8) && key[1] == (byte) keyGroup && key[2] == ORDER;
    }

    private static CachedTimer decode(byte[] key, byte[] value) {
        ByteBuffer keyBuffer = ByteBuffer.wrap(key, 3, 16);
        long time = keyBuffer.getLong() ^ Long.MIN_VALUE;
        long sequence = keyBuffer.getLong() ^ Long.MIN_VALUE;
        ByteBuffer valueBuffer = ByteBuffer.wrap(value);
        long namespace = valueBuffer.getLong();
        return new CachedTimer(time, sequence, namespace, Arrays.copyOfRange(value, Long.BYTES, value.length));
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
        return "RocksDbTimerQueue[" + size + " timers, " + heads.size() + " key groups with timers]";
    }
}

package io.eddy.runtime.state.rocksdb;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The in-memory view of one key group's timers in a {@link RocksDbTimerQueue}: a cache of at most
 * {@code capacity} of its earliest timers. Either the cache holds every timer of the group
 * ({@code complete}), or it holds the earliest ones and every timer only in RocksDB comes after the
 * last cached one; an incomplete cache is never empty, because it is refilled from RocksDB (starting
 * after the timer that emptied it) as soon as it empties. So the group's first timer is always known
 * without a RocksDB read, a read fetches the next {@code capacity} timers at once, and whether a timer
 * up to the last cached one is pending is known without a read ({@link #knows}).
 */
final class RocksDbTimerGroup {

    /**
     * One timer of the group as cached: its RocksDB key ({@link RocksDbTimerQueue#entryKey}: key group,
     * time, serialized key, namespace), whose bytes give its order, and its registration sequence.
     */
    record CachedTimer(byte[] entry, long sequence) {

        long time() {
            return ByteBuffer.wrap(entry, RocksDbTimerQueue.TIME_OFFSET, Long.BYTES).getLong() ^ Long.MIN_VALUE;
        }

        long namespace() {
            return ByteBuffer.wrap(entry, entry.length - Long.BYTES, Long.BYTES).getLong() ^ Long.MIN_VALUE;
        }

        /** The serialized key. */
        byte[] keyBytes() {
            return Arrays.copyOfRange(entry, RocksDbTimerQueue.KEY_OFFSET, entry.length - Long.BYTES);
        }
    }

    /** Reads the group's timers from RocksDB in order. */
    @FunctionalInterface
    interface Loader {
        /** Up to {@code limit} timers of {@code keyGroup} in firing order, all after {@code after} (all when null). */
        List<CachedTimer> load(int keyGroup, CachedTimer after, int limit);
    }

    /** Firing order within a key group: the order of the RocksDB keys after the key group (time, key, namespace). */
    static final Comparator<CachedTimer> ORDER = (first, second) -> Arrays.compareUnsigned(
            first.entry, RocksDbTimerQueue.TIME_OFFSET, first.entry.length, second.entry, RocksDbTimerQueue.TIME_OFFSET, second.entry.length);

    /** Groups by their first timer, then by key group; only groups with timers are compared. */
    static final Comparator<RocksDbTimerGroup> BY_HEAD = (first, second) -> {
        int order = ORDER.compare(first.head(), second.head());
        return order != 0 ? order : Integer.compare(first.keyGroup, second.keyGroup);
    };

    private final int keyGroup;
    private final int capacity;
    private final Loader loader;
    private final TreeSet<CachedTimer> cache = new TreeSet<>(ORDER);
    private boolean complete = true;

    RocksDbTimerGroup(int keyGroup, int capacity, Loader loader) {
        if (capacity < 2) {
            throw new IllegalArgumentException("timer cache capacity must be at least 2: " + capacity);
        }
        this.keyGroup = keyGroup;
        this.capacity = capacity;
        this.loader = loader;
    }

    int keyGroup() {
        return keyGroup;
    }

    /** The group's first timer, null when it has none. */
    CachedTimer head() {
        return cache.isEmpty() ? null : cache.first();
    }

    /** Whether {@code timer} would come before the group's current first timer (or the group is empty). */
    boolean precedesHead(CachedTimer timer) {
        return cache.isEmpty() || ORDER.compare(timer, cache.first()) < 0;
    }

    /** Whether the cache knows if {@code timer} is pending: it holds every timer up to it. */
    boolean knows(CachedTimer timer) {
        return complete || ORDER.compare(timer, cache.last()) <= 0;
    }

    /** Whether {@code timer} is cached; only meaningful when the cache {@link #knows} it. */
    boolean holds(CachedTimer timer) {
        return cache.contains(timer);
    }

    /** Whether the cache holds every timer of the group, so its size is the group's. */
    boolean complete() {
        return complete;
    }

    /** Takes note of a timer just written to RocksDB. */
    void added(CachedTimer timer) {
        if (complete || ORDER.compare(timer, cache.last()) < 0) {
            cache.add(timer);
            if (cache.size() > capacity) {
                cache.pollLast();
                complete = false;
            }
        }
    }

    /** Takes note of a timer just deleted from RocksDB. */
    void removed(CachedTimer timer) {
        if (cache.remove(timer)) {
            refillIfEmpty(timer);
        }
    }

    /** Removes the first timer from the cache, after it was deleted from RocksDB; null when there is none. */
    CachedTimer pollHead() {
        CachedTimer first = cache.pollFirst();
        if (first != null) {
            refillIfEmpty(first);
        }
        return first;
    }

    private void refillIfEmpty(CachedTimer last) {
        if (cache.isEmpty() && !complete) {
            List<CachedTimer> loaded = loader.load(keyGroup, last, capacity + 1);
            complete = loaded.size() <= capacity;
            cache.addAll(complete ? loaded : loaded.subList(0, capacity));
        }
    }

    int cachedTimers() {
        return cache.size();
    }

    @Override
    public String toString() {
        return "RocksDbTimerGroup[key group " + keyGroup + ", " + cache.size() + " cached" + (complete ? ", complete" : "") + "]";
    }
}

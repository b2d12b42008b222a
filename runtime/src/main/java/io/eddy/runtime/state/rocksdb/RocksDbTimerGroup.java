package io.eddy.runtime.state.rocksdb;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The in-memory view of one key group's timers in a {@link RocksDbTimerQueue}: a cache of at most
 * {@code capacity} of its earliest timers. Either the cache holds every timer of the group
 * ({@code complete}), or it holds the earliest ones and every timer only in RocksDB comes after the
 * last cached one; an incomplete cache is never empty, because it is refilled from RocksDB (starting
 * after the timer that emptied it) as soon as it empties. So the group's first timer is always known
 * without a RocksDB read, and a read fetches the next {@code capacity} timers at once.
 */
final class RocksDbTimerGroup {

    /** One timer of the group as cached: its order (time, sequence), namespace and serialized key. */
    record CachedTimer(long time, long sequence, long namespace, byte[] keyBytes) {
    }

    /** Reads the group's timers from RocksDB in order. */
    @FunctionalInterface
    interface Loader {
        /** Up to {@code limit} timers of {@code keyGroup} in firing order, all after {@code after} (all when null). */
        List<CachedTimer> load(int keyGroup, CachedTimer after, int limit);
    }

    static final Comparator<CachedTimer> ORDER = Comparator.comparingLong(CachedTimer::time).thenComparingLong(CachedTimer::sequence);

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

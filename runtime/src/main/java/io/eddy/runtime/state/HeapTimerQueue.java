package io.eddy.runtime.state;

import io.eddy.runtime.data.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A {@link TimerQueue} on the heap ({@code state.backend.type = hashmap}, or RocksDB with
 * {@code state.backend.rocksdb.timer-service.factory = HEAP}). Timers are kept in one bucket per
 * distinct time, because many keys wait for the same time (every key's window ends at the same
 * instant): registering, deleting and firing a timer cost a hash lookup in its bucket plus a search
 * among the few distinct times, and no comparison between timers. Within a bucket, timers keep the
 * order they were added in, which is their sequence order when sequences are added increasing.
 */
public final class HeapTimerQueue implements TimerQueue {

    /** A timer: its time, the key and namespace it is for (its identity), its key group and sequence. */
    private static final class Entry {
        final long time;
        final Row key;
        final long namespace;
        final int keyGroup;
        final long sequence;

        Entry(long time, Row key, long namespace, int keyGroup, long sequence) {
            this.time = time;
            this.key = key;
            this.namespace = namespace;
            this.keyGroup = keyGroup;
            this.sequence = sequence;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry entry && entry.time == time && entry.namespace == namespace && entry.key.equals(key);
        }

        @Override
        public int hashCode() {
            return (Long.hashCode(time) * 31 + Long.hashCode(namespace)) * 31 + key.hashCode();
        }

        QueuedTimer timer() {
            return new QueuedTimer(time, key, namespace, keyGroup, sequence);
        }
    }

    private static final Comparator<Entry> BY_GROUP = Comparator.comparingInt(entry -> entry.keyGroup);

    private final TreeMap<Long, LinkedHashSet<Entry>> buckets = new TreeMap<>();
    private long size;

    @Override
    public boolean add(long time, Row key, long namespace, int keyGroup, long sequence) {
        LinkedHashSet<Entry> bucket = buckets.computeIfAbsent(time, ignored -> new LinkedHashSet<>());
        if (bucket.contains(new Entry(time, key, namespace, keyGroup, sequence))) {
            return false;
        }
        bucket.add(new Entry(time, key.copy(), namespace, keyGroup, sequence));
        size++;
        return true;
    }

    @Override
    public boolean remove(long time, Row key, long namespace, int keyGroup) {
        LinkedHashSet<Entry> bucket = buckets.get(time);
        if (bucket == null || !bucket.remove(new Entry(time, key, namespace, keyGroup, 0))) {
            return false;
        }
        size--;
        if (bucket.isEmpty()) {
            buckets.remove(time);
        }
        return true;
    }

    @Override
    public long firstTime() {
        return buckets.isEmpty() ? Long.MAX_VALUE : buckets.firstKey();
    }

    @Override
    public QueuedTimer poll() {
        Map.Entry<Long, LinkedHashSet<Entry>> first = buckets.firstEntry();
        if (first == null) {
            return null;
        }
        Iterator<Entry> entries = first.getValue().iterator();
        Entry entry = entries.next();
        entries.remove();
        size--;
        if (first.getValue().isEmpty()) {
            buckets.remove(first.getKey());
        }
        return entry.timer();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void forEachByKeyGroup(Consumer<QueuedTimer> action) {
        List<Entry> entries = new ArrayList<>((int) size);
        buckets.values().forEach(entries::addAll);
        entries.sort(BY_GROUP);
        for (Entry entry : entries) {
            action.accept(entry.timer());
        }
    }

    @Override
    public String toString() {
        return "HeapTimerQueue[" + size + " timers]";
    }
}

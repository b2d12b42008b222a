package io.eddy.runtime.time;

import io.eddy.runtime.data.Row;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pending timers of one kind (event or processing time) of an operator subtask, in firing order:
 * by time, then by registration. Timers are kept in one bucket per distinct time, because many keys
 * wait for the same time (every key's window ends at the same instant): registering, deleting and
 * firing a timer cost a hash lookup in its bucket plus a search among the few distinct times, and no
 * comparison between timers.
 */
final class TimerQueue {

    /** A timer: its time, the key and namespace it is for, and its key group. */
    static final class Entry {
        final long time;
        final Row key;
        final long namespace;
        final int keyGroup;
        long sequence;

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
    }

    private final TreeMap<Long, LinkedHashSet<Entry>> buckets = new TreeMap<>();
    private int size;

    /** Whether a timer equal to {@code probe} (same time, key and namespace) is pending. */
    boolean contains(Entry probe) {
        LinkedHashSet<Entry> bucket = buckets.get(probe.time);
        return bucket != null && bucket.contains(probe);
    }

    /** Adds a timer after the others of its time; false when an equal one is pending already. */
    boolean add(Entry entry) {
        if (buckets.computeIfAbsent(entry.time, time -> new LinkedHashSet<>()).add(entry)) {
            size++;
            return true;
        }
        return false;
    }

    /** Removes the timer equal to {@code probe}; false when there is none. */
    boolean remove(Entry probe) {
        LinkedHashSet<Entry> bucket = buckets.get(probe.time);
        if (bucket == null || !bucket.remove(probe)) {
            return false;
        }
        size--;
        if (bucket.isEmpty()) {
            buckets.remove(probe.time);
        }
        return true;
    }

    /** The time of the first timer, {@code Long.MAX_VALUE} when there is none. */
    long firstTime() {
        return buckets.isEmpty() ? Long.MAX_VALUE : buckets.firstKey();
    }

    /** Removes and returns the first timer, or null. */
    Entry poll() {
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
        return entry;
    }

    int size() {
        return size;
    }

    /** Every pending timer in firing order. */
    List<Entry> inOrder() {
        List<Entry> entries = new ArrayList<>(size);
        buckets.values().forEach(entries::addAll);
        return entries;
    }

    void clear() {
        buckets.clear();
        size = 0;
    }
}

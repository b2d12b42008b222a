package io.eddy.runtime.state;

import io.eddy.runtime.data.Row;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The pending timers of one time in a {@link HeapTimerQueue}, in the order they were added. A timer is a
 * position in parallel arrays (key, namespace, key group, sequence, hash), not an object: a window
 * operator holds a timer per key and window, and objects per timer would be copied by every young
 * collection while they wait. Polling walks the arrays from the front. An open-addressing index of
 * positions, by key and namespace, finds a timer to deduplicate or remove it; it is not updated when a
 * timer is polled or removed (a slot pointing before the front or at a removed position is skipped) and is
 * rebuilt, together with compacting the arrays, when it fills up.
 */
final class TimerBucket {

    private static final int INITIAL_CAPACITY = 4;

    private final long time;
    private Row[] keys = new Row[INITIAL_CAPACITY];
    private long[] namespaces = new long[INITIAL_CAPACITY];
    private int[] keyGroups = new int[INITIAL_CAPACITY];
    private long[] sequences = new long[INITIAL_CAPACITY];
    private int[] hashes = new int[INITIAL_CAPACITY];
    /** Slots holding a position plus one; 0 is an empty slot. Its length is a power of two. */
    private int[] index = new int[INITIAL_CAPACITY * 2];
    /** Index slots not empty, pointing at live timers or not. */
    private int usedSlots;
    /** The position of the first timer not polled yet. */
    private int front;
    /** The position the next timer goes to. */
    private int end;
    /** Timers neither polled nor removed. */
    private int size;

    TimerBucket(long time) {
        this.time = time;
    }

    long time() {
        return time;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Adds the timer of {@code key} and {@code namespace} unless it is pending; the array keeps
     * {@code keeper.apply(key)}, asked only for a new timer.
     */
    boolean add(Row key, long namespace, int keyGroup, long sequence, UnaryOperator<Row> keeper) {
        int hash = hash(key, namespace);
        if (find(key, namespace, hash) >= 0) {
            return false;
        }
        if (end == keys.length) {
            makeRoom();
        }
        if ((usedSlots + 1) * 2 > index.length) {
            rebuildIndex();
        }
        int position = end++;
        keys[position] = keeper.apply(key);
        namespaces[position] = namespace;
        keyGroups[position] = keyGroup;
        sequences[position] = sequence;
        hashes[position] = hash;
        insertIntoIndex(position, hash);
        size++;
        return true;
    }

    /** Removes the timer of {@code key} and {@code namespace}; false when it is not pending. */
    boolean remove(Row key, long namespace) {
        int position = find(key, namespace, hash(key, namespace));
        if (position < 0) {
            return false;
        }
        keys[position] = null;
        size--;
        return true;
    }

    /** Removes and returns the first pending timer; call only when {@link #isEmpty()} is false. */
    QueuedTimer poll() {
        while (keys[front] == null) {
            front++;
        }
        int position = front++;
        Row key = keys[position];
        keys[position] = null;
        size--;
        return new QueuedTimer(time, key, namespaces[position], keyGroups[position], sequences[position]);
    }

    /** Hands every pending timer to {@code action}, in order. */
    void forEach(Consumer<QueuedTimer> action) {
        for (int position = front; position < end; position++) {
            if (keys[position] != null) {
                action.accept(new QueuedTimer(time, keys[position], namespaces[position], keyGroups[position], sequences[position]));
            }
        }
    }

    private static int hash(Row key, long namespace) {
        int hash = key.hashCode() * 31 + Long.hashCode(namespace);
        return hash ^ (hash >>> 16);
    }

    /** The position of the pending timer of {@code key} and {@code namespace}, or -1. */
    private int find(Row key, long namespace, int hash) {
        int mask = index.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int position = index[slot] - 1;
            if (position < 0) {
                return -1;
            }
            if (keys[position] != null && hashes[position] == hash && namespaces[position] == namespace
                    && keys[position].equals(key)) {
                return position;
            }
        }
    }

    private void insertIntoIndex(int position, int hash) {
        int mask = index.length - 1;
        int slot = hash & mask;
        while (index[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        index[slot] = position + 1;
        usedSlots++;
    }

    /** Moves the pending timers to the front of the arrays, doubling them when they would be over half full. */
    private void makeRoom() {
        int capacity = (size + 1) * 2 > keys.length ? keys.length * 2 : keys.length;
        Row[] newKeys = new Row[capacity];
        long[] newNamespaces = new long[capacity];
        int[] newKeyGroups = new int[capacity];
        long[] newSequences = new long[capacity];
        int[] newHashes = new int[capacity];
        int count = 0;
        for (int position = front; position < end; position++) {
            if (keys[position] != null) {
                newKeys[count] = keys[position];
                newNamespaces[count] = namespaces[position];
                newKeyGroups[count] = keyGroups[position];
                newSequences[count] = sequences[position];
                newHashes[count] = hashes[position];
                count++;
            }
        }
        keys = newKeys;
        namespaces = newNamespaces;
        keyGroups = newKeyGroups;
        sequences = newSequences;
        hashes = newHashes;
        front = 0;
        end = count;
        rebuildIndex();
    }

    /**
     * Indexes the pending timers afresh, dropping stale slots, in the smallest power of two of slots that
     * leaves the index at most a quarter full (so that it takes as many new timers before the next rebuild).
     */
    private void rebuildIndex() {
        int length = INITIAL_CAPACITY * 2;
        while (length < (size + 1) * 4) {
            length *= 2;
        }
        index = new int[length];
        usedSlots = 0;
        for (int position = front; position < end; position++) {
            if (keys[position] != null) {
                insertIntoIndex(position, hashes[position]);
            }
        }
    }

    @Override
    public String toString() {
        return "TimerBucket[" + size + " timers at " + time + ", positions " + front + ".." + end + " of " + keys.length
                + ", index " + usedSlots + "/" + index.length + "]";
    }

    /** For tests: the number of index slots, to check that it stays in proportion to the pending timers. */
    int indexLength() {
        return index.length;
    }

    /** For tests: the length of the arrays. */
    int capacity() {
        return keys.length;
    }
}

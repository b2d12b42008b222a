package io.eddy.runtime.state;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A map for the few entries most keys of a heap map state hold (a window operator's slices per key):
 * up to {@value #MAX_SMALL} entries sit side by side in one array, key then value, in insertion
 * order, found by comparing keys with {@code equals}. One array instead of a hash table with a node
 * per entry, so a lookup touches fewer objects and the collector copies fewer. Past
 * {@value #MAX_SMALL} entries it keeps a {@link HashMap} instead, and stays one.
 *
 * <p>Meant for keys whose {@code equals} is cheap ({@code Long}, {@code String}); null keys and values
 * are allowed, as in {@link HashMap}. Not thread-safe.
 */
final class SmallMap<K, V> extends AbstractMap<K, V> {

    static final int MAX_SMALL = 8;

    /** Key of entry i at 2i, its value at 2i + 1; null once {@link #large} holds the entries. */
    private Object[] slots = new Object[4];
    private int size;
    private HashMap<K, V> large;

    private int indexOf(Object key) {
        Object[] held = slots;
        for (int i = 0, end = size * 2; i < end; i += 2) {
            Object candidate = held[i];
            if (candidate == key || (key != null && key.equals(candidate))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        if (large != null) {
            return large.get(key);
        }
        int index = indexOf(key);
        return index < 0 ? null : (V) slots[index + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return large != null ? large.containsKey(key) : indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        if (large != null) {
            return large.put(key, value);
        }
        int index = indexOf(key);
        if (index >= 0) {
            V previous = (V) slots[index + 1];
            slots[index + 1] = value;
            return previous;
        }
        if (size == MAX_SMALL) {
            large = new HashMap<>(MAX_SMALL * 4);
            for (int i = 0; i < size * 2; i += 2) {
                large.put((K) slots[i], (V) slots[i + 1]);
            }
            slots = null;
            size = 0;
            return large.put(key, value);
        }
        if (size * 2 == slots.length) {
            slots = Arrays.copyOf(slots, slots.length * 2);
        }
        slots[size * 2] = key;
        slots[size * 2 + 1] = value;
        size++;
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        if (large != null) {
            return large.remove(key);
        }
        int index = indexOf(key);
        if (index < 0) {
            return null;
        }
        V previous = (V) slots[index + 1];
        removeAt(index);
        return previous;
    }

    private void removeAt(int index) {
        int end = size * 2;
        System.arraycopy(slots, index + 2, slots, index, end - index - 2);
        slots[end - 2] = null;
        slots[end - 1] = null;
        size--;
    }

    @Override
    public int size() {
        return large != null ? large.size() : size;
    }

    @Override
    public void clear() {
        if (large != null) {
            large.clear();
        } else {
            Arrays.fill(slots, 0, size * 2, null);
            size = 0;
        }
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        if (large != null) {
            return large.entrySet();
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new SlotIterator();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Walks the array's entries; {@code remove()} shifts the later ones down. */
    private final class SlotIterator implements Iterator<Map.Entry<K, V>> {
        private int next;
        private int last = -1;

        @Override
        public boolean hasNext() {
            return large == null && next < size * 2;
        }

        @Override
        public Map.Entry<K, V> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = next;
            next += 2;
            return new Slot(last);
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException("next() was not called, or remove() was called already");
            }
            removeAt(last);
            next = last;
            last = -1;
        }
    }

    /** The entry at a position of the array; valid until the map changes shape. */
    private final class Slot implements Map.Entry<K, V> {
        private final int index;

        Slot(int index) {
            this.index = index;
        }

        @Override
        @SuppressWarnings("unchecked")
        public K getKey() {
            return (K) slots[index];
        }

        @Override
        @SuppressWarnings("unchecked")
        public V getValue() {
            return (V) slots[index + 1];
        }

        @Override
        @SuppressWarnings("unchecked")
        public V setValue(V value) {
            V previous = (V) slots[index + 1];
            slots[index + 1] = value;
            return previous;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Map.Entry<?, ?> entry
                    && Objects.equals(getKey(), entry.getKey()) && Objects.equals(getValue(), entry.getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}

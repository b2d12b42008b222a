package io.eddy.runtime.state;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * A {@link StateTable} for keys whose fields are all fixed-width (a BIGINT auction id, a price, a pair of
 * ids): the keys' long slots sit side by side in one array and the held values in a parallel array, an
 * open-addressing table with linear probing. A lookup reads those two arrays where a hash map reads its
 * bucket array, an entry, the key row and the row's slots, and a key costs no objects at all, which
 * matters to the collector when a state holds millions of keys.
 *
 * <p>A slot is free when its value is null (held values never are). Removal shifts the entries after the
 * freed slot back, so there are no tombstones. Keys with a null field or with nanoseconds within a
 * millisecond do not fit the slots; they are rare and kept in a {@link RowKeyTable} beside.
 */
final class FixedWidthKeyTable extends StateTable {

    private static final int INITIAL_CAPACITY = 8;
    /** The table grows when more than three quarters of its slots are taken. */
    private static final int LOAD_PERCENT = 75;

    private final RowSchema keySchema;
    private final int arity;
    /** Entry {@code i}'s key fields are {@code keys[i * arity] .. keys[i * arity + arity - 1]}. */
    private long[] keys;
    private Object[] values;
    private int mask;
    private int size;
    private int growAt;
    /** The keys that do not fit the slots; null until there is one. */
    private RowKeyTable otherKeys;

    FixedWidthKeyTable(RowSchema keySchema) {
        this.keySchema = keySchema;
        this.arity = keySchema.arity();
        allocate(INITIAL_CAPACITY);
    }

    private void allocate(int capacity) {
        keys = new long[capacity * arity];
        values = new Object[capacity];
        mask = capacity - 1;
        growAt = (int) ((long) capacity * LOAD_PERCENT / 100);
    }

    /** Whether the key's fields fit the slots: none is null or has nanoseconds within its millisecond. */
    private boolean fitsSlots(Row key) {
        for (int field = 0; field < arity; field++) {
            if (key.isNullAt(field) || key.getTimestampNanosOfMilli(field) != 0) {
                return false;
            }
        }
        return true;
    }

    private int hash(Row key) {
        long hash = 0;
        for (int field = 0; field < arity; field++) {
            hash = combine(hash, key.getLong(field));
        }
        return finish(hash);
    }

    /** The hash of the key whose fields start at {@code from[base]}: the same as {@link #hash(Row)} of that key. */
    private int hashOfFields(long[] from, int base) {
        long hash = 0;
        for (int field = 0; field < arity; field++) {
            hash = combine(hash, from[base + field]);
        }
        return finish(hash);
    }

    private static long combine(long hash, long field) {
        return (Long.rotateLeft(hash, 25) ^ field) * 0x9E3779B97F4A7C15L;
    }

    /** The finishing steps of a 64-bit mixer, so that keys counting up spread over the whole table. */
    private static int finish(long hash) {
        hash ^= hash >>> 32;
        hash *= 0xD6E8FEB86659FD93L;
        hash ^= hash >>> 32;
        return (int) hash;
    }

    private boolean entryHasKey(int index, Row key) {
        int base = index * arity;
        for (int field = 0; field < arity; field++) {
            if (keys[base + field] != key.getLong(field)) {
                return false;
            }
        }
        return true;
    }

    /** The key's entry index, or {@code -1 - index} of the free slot where it would go. */
    private int find(Row key) {
        int index = hash(key) & mask;
        while (true) {
            if (values[index] == null) {
                return -1 - index;
            }
            if (entryHasKey(index, key)) {
                return index;
            }
            index = (index + 1) & mask;
        }
    }

    @Override
    Object get(Row key) {
        if (!fitsSlots(key)) {
            return otherKeys == null ? null : otherKeys.get(key);
        }
        int index = find(key);
        return index >= 0 ? values[index] : null;
    }

    @Override
    void put(Row key, Object value) {
        if (!fitsSlots(key)) {
            if (otherKeys == null) {
                otherKeys = new RowKeyTable();
            }
            otherKeys.put(key, value);
            return;
        }
        int index = find(key);
        if (index >= 0) {
            values[index] = value;
            return;
        }
        index = -1 - index;
        int base = index * arity;
        for (int field = 0; field < arity; field++) {
            keys[base + field] = key.getLong(field);
        }
        values[index] = value;
        if (++size > growAt) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        allocate(oldValues.length * 2);
        for (int old = 0; old < oldValues.length; old++) {
            if (oldValues[old] != null) {
                insertMoved(oldKeys, old, oldValues[old]);
            }
        }
    }

    /** Puts an entry of another key array (a smaller table's) into a free slot of this one. */
    private void insertMoved(long[] fromKeys, int fromIndex, Object value) {
        int fromBase = fromIndex * arity;
        int index = hashOfFields(fromKeys, fromBase) & mask;
        while (values[index] != null) {
            index = (index + 1) & mask;
        }
        System.arraycopy(fromKeys, fromBase, keys, index * arity, arity);
        values[index] = value;
    }

    @Override
    void remove(Row key) {
        if (!fitsSlots(key)) {
            if (otherKeys != null) {
                otherKeys.remove(key);
            }
            return;
        }
        int index = find(key);
        if (index >= 0) {
            removeAt(index);
        }
    }

    /**
     * Frees entry {@code hole} and moves back each following entry of the same run whose home slot does
     * not lie between the hole and itself, so every entry stays reachable from its home without tombstones.
     */
    private void removeAt(int hole) {
        values[hole] = null;
        size--;
        int index = hole;
        while (true) {
            index = (index + 1) & mask;
            if (values[index] == null) {
                return;
            }
            int home = hashOfFields(keys, index * arity) & mask;
            if (((index - home) & mask) >= ((index - hole) & mask)) {
                System.arraycopy(keys, index * arity, keys, hole * arity, arity);
                values[hole] = values[index];
                values[index] = null;
                hole = index;
            }
        }
    }

    @Override
    boolean keepsKeyRows() {
        return false;
    }

    @Override
    int size() {
        return size + (otherKeys == null ? 0 : otherKeys.size());
    }

    @Override
    void removeIf(Predicate<Object> condition) {
        if (otherKeys != null) {
            otherKeys.removeIf(condition);
        }
        boolean any = false;
        for (Object value : values) {
            if (value != null && condition.test(value)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return;
        }
        // rebuilt rather than removed in place: removal moves entries over slots a walk has passed
        long[] oldKeys = keys;
        Object[] oldValues = values;
        allocate(oldValues.length);
        size = 0;
        for (int old = 0; old < oldValues.length; old++) {
            Object value = oldValues[old];
            if (value != null && !condition.test(value)) {
                insertMoved(oldKeys, old, value);
                size++;
            }
        }
    }

    @Override
    void forEach(BiConsumer<Row, Object> action) {
        for (int index = 0; index < values.length; index++) {
            if (values[index] != null) {
                action.accept(keyOfEntry(index), values[index]);
            }
        }
        if (otherKeys != null) {
            otherKeys.forEach(action);
        }
    }

    @Override
    List<Row> keys() {
        List<Row> rows = new ArrayList<>(size());
        for (int index = 0; index < values.length; index++) {
            if (values[index] != null) {
                rows.add(keyOfEntry(index));
            }
        }
        if (otherKeys != null) {
            rows.addAll(otherKeys.keys());
        }
        return rows;
    }

    /** Entry {@code index}'s key as a new row: every fixed-width kind keeps its value in the long slot. */
    private Row keyOfEntry(int index) {
        Row key = new Row(keySchema);
        int base = index * arity;
        for (int field = 0; field < arity; field++) {
            key.setLong(field, keys[base + field]);
        }
        return key;
    }
}

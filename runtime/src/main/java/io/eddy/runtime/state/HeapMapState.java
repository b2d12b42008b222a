package io.eddy.runtime.state;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * {@link MapState} of the heap backend; each map entry expires on its own. With a time-to-live a value
 * is held in a {@link Cell} with its write time; without one the map holds the values themselves. When the
 * descriptor asks ({@link StateDescriptor#serializedOnHeap()}), each value is held serialized in one byte
 * array, read back on every access; the snapshot bytes are the same. A key's
 * map is a {@link SmallMap} when its keys are comparable (numbers, strings: cheap to compare, and
 * {@link #entries()} sorts them anyway), else a {@link HashMap}.
 */
final class HeapMapState<K, V> extends HeapState<K, V> implements MapState<K, V> {

    private final boolean timed;

    HeapMapState(HeapKeyedStateBackend backend, StateDescriptor<K, V> descriptor) {
        super(backend, descriptor);
        this.timed = expires();
    }

    /** The current key's map as last looked up, valid while {@link HeapKeyedStateBackend#keyVersion()} is {@link #cachedKeyVersion}. */
    private Map<K, Object> cachedCells;
    private long cachedKeyVersion = -1;

    /** A new, empty map for a key whose first map key is {@code firstKey}. */
    private static <K> Map<K, Object> newMap(K firstKey) {
        return firstKey instanceof Comparable ? new SmallMap<>() : new HashMap<>();
    }

    /** The current key's map, or null when it has none and {@code firstKey} is null (a read). */
    @SuppressWarnings("unchecked")
    private Map<K, Object> cells(K firstKey, boolean create) {
        long keyVersion = backend.keyVersion();
        if (keyVersion == cachedKeyVersion && (cachedCells != null || !create)) {
            return cachedCells;
        }
        Map<K, Object> cells = (Map<K, Object>) table().get(backend.currentKey());
        if (cells == null && create) {
            cells = newMap(firstKey);
            StateTable table = table();
            table.put(keyToInsert(table), cells);
        }
        cachedCells = cells;
        cachedKeyVersion = keyVersion;
        return cells;
    }

    private Map<K, Object> cells() {
        return cells(null, false);
    }

    private V value(Object element) {
        return valueOfHeld(timed ? ((Cell) element).value : element);
    }

    @Override
    void forgetCurrentKeyValue() {
        cachedCells = null;
        cachedKeyVersion = -1;
    }

    @Override
    public V get(K mapKey) {
        Map<K, Object> cells = cells();
        Object element = cells == null ? null : cells.get(mapKey);
        if (element == null) {
            return null;
        }
        if (timed && isExpired((Cell) element, backend.now())) {
            remove(mapKey);
            return null;
        }
        return value(element);
    }

    @Override
    public void put(K mapKey, V value) {
        Map<K, Object> cells = cells(mapKey, true);
        if (!timed) {
            cells.put(mapKey, held(value));
            return;
        }
        Cell cell = (Cell) cells.get(mapKey);
        if (cell == null) {
            cells.put(mapKey, new Cell(held(value), backend.now()));
        } else {
            cell.value = held(value);
            cell.writeTime = backend.now();
        }
    }

    @Override
    public void remove(K mapKey) {
        Map<K, Object> cells = cells();
        if (cells != null) {
            cells.remove(mapKey);
            if (cells.isEmpty()) {
                clear();
            }
        }
    }

    @Override
    public boolean contains(K mapKey) {
        return get(mapKey) != null;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Iterable<Map.Entry<K, V>> entries() {
        Map<K, Object> cells = cells();
        if (cells == null) {
            return List.of();
        }
        if (!purge(cells, backend.now())) {
            clear();
            return List.of();
        }
        List<Map.Entry<K, V>> entries = new ArrayList<>(cells.size());
        for (Map.Entry<K, Object> entry : cells.entrySet()) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>(entry.getKey(), value(entry.getValue())));
        }
        if (!entries.isEmpty() && entries.get(0).getKey() instanceof Comparable) {
            entries.sort((left, right) -> ((Comparable) left.getKey()).compareTo(right.getKey()));
        }
        return entries;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Map<K, Object> cells = cells();
        if (cells == null) {
            return;
        }
        if (!purge(cells, backend.now())) {
            clear();
            return;
        }
        Iterator<K> keys = cells.keySet().iterator();
        if (keys.hasNext() && keys.next() instanceof Comparable) {
            MapState.super.forEach(action);  // entries() sorts comparable keys
            return;
        }
        for (Map.Entry<K, Object> entry : cells.entrySet()) {
            action.accept(entry.getKey(), value(entry.getValue()));
        }
    }

    @Override
    public boolean isEmpty() {
        Map<K, Object> cells = cells();
        if (cells == null) {
            return true;
        }
        if (!purge(cells, backend.now())) {
            clear();
            return true;
        }
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    boolean purge(Object stored, long now) {
        Map<K, Object> cells = (Map<K, Object>) stored;
        if (timed) {
            cells.values().removeIf(cell -> isExpired((Cell) cell, now));
        }
        return !cells.isEmpty();
    }

    @Override
    @SuppressWarnings("unchecked")
    void writePayload(Object stored, BinaryOutput output) {
        Map<K, Object> cells = (Map<K, Object>) stored;
        output.writeUnsignedVarInt(cells.size());
        long now = backend.now();
        for (Map.Entry<K, Object> entry : cells.entrySet()) {
            descriptor.keySerializer().serialize(entry.getKey(), output);
            // the same bytes either way: untimed values count as written at the snapshot
            Cell cell = timed ? (Cell) entry.getValue() : new Cell(entry.getValue(), now);
            if (serialized) {
                writeSerializedCell(cell, output);
            } else {
                writeCell(cell, output);
            }
        }
    }

    @Override
    Object readPayload(BinaryInput input) {
        int size = input.readUnsignedVarInt();
        Map<K, Object> cells = null;
        for (int i = 0; i < size; i++) {
            K key = descriptor.keySerializer().deserialize(input);
            if (cells == null) {
                cells = newMap(key);
            }
            Cell cell = readCell(input);
            if (serialized) {
                cell.value = held(valueOf(cell));
            }
            cells.put(key, timed ? cell : cell.value);
        }
        return cells == null ? new HashMap<>() : cells;
    }
}

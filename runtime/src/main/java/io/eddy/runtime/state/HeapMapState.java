package io.eddy.runtime.state;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link MapState} of the heap backend; each map entry expires on its own. */
final class HeapMapState<K, V> extends HeapState<K, V> implements MapState<K, V> {

    HeapMapState(HeapKeyedStateBackend backend, StateDescriptor<K, V> descriptor) {
        super(backend, descriptor);
    }

    /** The current key's map as last looked up, valid while {@link HeapKeyedStateBackend#keyVersion()} is {@link #cachedKeyVersion}. */
    private Map<K, Cell> cachedCells;
    private long cachedKeyVersion = -1;

    @SuppressWarnings("unchecked")
    private Map<K, Cell> cells(boolean create) {
        long keyVersion = backend.keyVersion();
        if (keyVersion == cachedKeyVersion && (cachedCells != null || !create)) {
            return cachedCells;
        }
        Map<K, Cell> cells = (Map<K, Cell>) table().get(backend.currentKey());
        if (cells == null && create) {
            cells = new HashMap<>();
            table().put(backend.currentKeyForInsert(), cells);
        }
        cachedCells = cells;
        cachedKeyVersion = keyVersion;
        return cells;
    }

    @Override
    void forgetCurrentKeyValue() {
        cachedCells = null;
        cachedKeyVersion = -1;
    }

    @Override
    public V get(K mapKey) {
        Map<K, Cell> cells = cells(false);
        Cell cell = cells == null ? null : cells.get(mapKey);
        if (cell == null) {
            return null;
        }
        if (isExpired(cell, backend.now())) {
            remove(mapKey);
            return null;
        }
        return valueOf(cell);
    }

    @Override
    public void put(K mapKey, V value) {
        Map<K, Cell> cells = cells(true);
        Cell cell = cells.get(mapKey);
        if (cell == null) {
            cells.put(mapKey, new Cell(value, backend.now()));
        } else {
            cell.value = value;
            cell.writeTime = backend.now();
        }
    }

    @Override
    public void remove(K mapKey) {
        Map<K, Cell> cells = cells(false);
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
        Map<K, Cell> cells = cells(false);
        if (cells == null) {
            return List.of();
        }
        if (!purge(cells, backend.now())) {
            clear();
            return List.of();
        }
        List<Map.Entry<K, V>> entries = new ArrayList<>(cells.size());
        for (Map.Entry<K, Cell> entry : cells.entrySet()) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>(entry.getKey(), valueOf(entry.getValue())));
        }
        if (!entries.isEmpty() && entries.get(0).getKey() instanceof Comparable) {
            entries.sort((left, right) -> ((Comparable) left.getKey()).compareTo(right.getKey()));
        }
        return entries;
    }

    @Override
    public boolean isEmpty() {
        return !entries().iterator().hasNext();
    }

    @Override
    @SuppressWarnings("unchecked")
    boolean purge(Object stored, long now) {
        Map<K, Cell> cells = (Map<K, Cell>) stored;
        if (!expires()) {
            return !cells.isEmpty();
        }
        cells.values().removeIf(cell -> isExpired(cell, now));
        return !cells.isEmpty();
    }

    @Override
    @SuppressWarnings("unchecked")
    void writePayload(Object stored, BinaryOutput output) {
        Map<K, Cell> cells = (Map<K, Cell>) stored;
        output.writeUnsignedVarInt(cells.size());
        for (Map.Entry<K, Cell> entry : cells.entrySet()) {
            descriptor.keySerializer().serialize(entry.getKey(), output);
            writeCell(entry.getValue(), output);
        }
    }

    @Override
    Object readPayload(BinaryInput input) {
        int size = input.readUnsignedVarInt();
        Map<K, Cell> cells = new HashMap<>();
        for (int i = 0; i < size; i++) {
            K key = descriptor.keySerializer().deserialize(input);
            cells.put(key, readCell(input));
        }
        return cells;
    }
}

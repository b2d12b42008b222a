package io.eddy.runtime.state;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;

/**
 * {@link ValueState} of the heap backend. With a time-to-live the value is held in a {@link Cell} with
 * its write time, updated in place; without one the table holds the value itself, one object fewer per
 * key for the collector to copy and for a lookup to reach. The current key's entry, once looked up, is
 * remembered until the key changes, so the usual read-then-update of one record finds the key's entry
 * once (an update without a cell replaces the table's value in the bucket that lookup just read).
 */
final class HeapValueState<V> extends HeapState<Void, V> implements ValueState<V> {

    private final boolean timed;
    /** The current key's cell or value (null: none) as last looked up, valid while the key version is {@link #cachedKeyVersion}. */
    private Object cachedElement;
    private long cachedKeyVersion = -1;

    HeapValueState(HeapKeyedStateBackend backend, StateDescriptor<Void, V> descriptor) {
        super(backend, descriptor);
        this.timed = expires();
    }

    private Object element() {
        long keyVersion = backend.keyVersion();
        if (keyVersion != cachedKeyVersion) {
            cachedElement = table().get(backend.currentKey());
            cachedKeyVersion = keyVersion;
        }
        return cachedElement;
    }

    @Override
    void forgetCurrentKeyValue() {
        cachedElement = null;
        cachedKeyVersion = -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V value() {
        Object element = element();
        if (element == null) {
            return null;
        }
        if (!timed) {
            return (V) element;
        }
        Cell cell = (Cell) element;
        if (isExpired(cell, backend.now())) {
            clear();
            return null;
        }
        return valueOf(cell);
    }

    @Override
    public void update(V value) {
        if (value == null) {
            clear();
            return;
        }
        Object element = element();
        if (element == null) {
            Object stored = timed ? new Cell(value, backend.now()) : value;
            StateTable table = table();
            table.put(keyToInsert(table), stored);
            cachedElement = stored;
        } else if (timed) {
            Cell cell = (Cell) element;
            cell.value = value;
            cell.writeTime = backend.now();
        } else {
            // the table keeps its own key row when it replaces a value, so the current key is not copied
            table().put(backend.currentKey(), value);
            cachedElement = value;
        }
    }

    @Override
    boolean purge(Object stored, long now) {
        return !timed || !isExpired((Cell) stored, now);
    }

    @Override
    void writePayload(Object stored, BinaryOutput output) {
        // the same bytes either way: an untimed value counts as written at the snapshot
        writeCell(timed ? (Cell) stored : new Cell(stored, backend.now()), output);
    }

    @Override
    Object readPayload(BinaryInput input) {
        Cell cell = readCell(input);
        return timed ? cell : cell.value;
    }
}

package io.eddy.runtime.state;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;

/**
 * {@link ValueState} of the heap backend. The current key's cell, once looked up, is remembered until
 * the key changes, so the usual read-then-update of one record hashes and looks up the key once.
 */
final class HeapValueState<V> extends HeapState<Void, V> implements ValueState<V> {

    /** The current key's cell (null: none) as last looked up, valid while the key version is {@link #cachedKeyVersion}. */
    private Cell cachedCell;
    private long cachedKeyVersion = -1;

    HeapValueState(HeapKeyedStateBackend backend, StateDescriptor<Void, V> descriptor) {
        super(backend, descriptor);
    }

    private Cell cell() {
        long keyVersion = backend.keyVersion();
        if (keyVersion != cachedKeyVersion) {
            cachedCell = (Cell) table().get(backend.currentKey());
            cachedKeyVersion = keyVersion;
        }
        return cachedCell;
    }

    @Override
    void forgetCurrentKeyValue() {
        cachedCell = null;
        cachedKeyVersion = -1;
    }

    @Override
    public V value() {
        Cell cell = cell();
        if (cell == null) {
            return null;
        }
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
        Cell cell = cell();
        if (cell == null) {
            cell = new Cell(value, backend.now());
            table().put(backend.currentKeyForInsert(), cell);
            cachedCell = cell;
        } else {
            cell.value = value;
            cell.writeTime = backend.now();
        }
    }

    @Override
    boolean purge(Object stored, long now) {
        return !isExpired((Cell) stored, now);
    }

    @Override
    void writePayload(Object stored, BinaryOutput output) {
        writeCell((Cell) stored, output);
    }

    @Override
    Object readPayload(BinaryInput input) {
        return readCell(input);
    }
}

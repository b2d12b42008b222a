package io.eddy.runtime.state;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import java.util.Map;

/** {@link ValueState} of the heap backend. */
final class HeapValueState<V> extends HeapState<Void, V> implements ValueState<V> {

    HeapValueState(HeapKeyedStateBackend backend, StateDescriptor<Void, V> descriptor) {
        super(backend, descriptor);
    }

    @Override
    public V value() {
        Map<Row, Object> table = table();
        Cell cell = (Cell) table.get(backend.currentKey());
        if (cell == null) {
            return null;
        }
        if (isExpired(cell, backend.now())) {
            table.remove(backend.currentKey());
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
        Map<Row, Object> table = table();
        Cell cell = (Cell) table.get(backend.currentKey());
        if (cell == null) {
            table.put(backend.currentKeyForInsert(), new Cell(value, backend.now()));
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

package io.eddy.runtime.state;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import java.util.ArrayList;
import java.util.List;

/** {@link ListState} of the heap backend; each element expires on its own. */
final class HeapListState<V> extends HeapState<Void, V> implements ListState<V> {

    HeapListState(HeapKeyedStateBackend backend, StateDescriptor<Void, V> descriptor) {
        super(backend, descriptor);
    }

    @SuppressWarnings("unchecked")
    private List<Cell> cells(boolean create) {
        List<Cell> cells = (List<Cell>) table().get(backend.currentKey());
        if (cells == null && create) {
            // most keys hold a few elements (a join side's rows per key): start small, not at 10
            cells = new ArrayList<>(2);
            table().put(backend.currentKeyForInsert(), cells);
        }
        return cells;
    }

    @Override
    public List<V> get() {
        List<Cell> cells = cells(false);
        if (cells == null) {
            return List.of();
        }
        if (!purge(cells, backend.now())) {
            clear();
            return List.of();
        }
        List<V> values = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            values.add(valueOf(cell));
        }
        return values;
    }

    @Override
    public void add(V value) {
        cells(true).add(new Cell(value, backend.now()));
    }

    @Override
    public void update(List<V> values) {
        if (values.isEmpty()) {
            clear();
            return;
        }
        List<Cell> cells = cells(true);
        cells.clear();
        long now = backend.now();
        for (V value : values) {
            cells.add(new Cell(value, now));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    boolean purge(Object stored, long now) {
        List<Cell> cells = (List<Cell>) stored;
        if (!expires()) {
            return !cells.isEmpty();
        }
        cells.removeIf(cell -> isExpired(cell, now));
        return !cells.isEmpty();
    }

    @Override
    @SuppressWarnings("unchecked")
    void writePayload(Object stored, BinaryOutput output) {
        List<Cell> cells = (List<Cell>) stored;
        output.writeUnsignedVarInt(cells.size());
        for (Cell cell : cells) {
            writeCell(cell, output);
        }
    }

    @Override
    Object readPayload(BinaryInput input) {
        int size = input.readUnsignedVarInt();
        List<Cell> cells = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            cells.add(readCell(input));
        }
        return cells;
    }
}

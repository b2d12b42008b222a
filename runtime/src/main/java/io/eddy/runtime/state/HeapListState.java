package io.eddy.runtime.state;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link ListState} of the heap backend; each element expires on its own. With a time-to-live an element
 * is held in a {@link Cell} with its write time; without one the list holds the values themselves, one
 * object fewer per element for the collector to copy (a join side holds a list element per row). When the
 * descriptor asks ({@link StateDescriptor#serializedOnHeap()}), each value is held serialized in one byte
 * array, read back on every access; the snapshot bytes are the same.
 */
final class HeapListState<V> extends HeapState<Void, V> implements ListState<V> {

    private final boolean timed;

    HeapListState(HeapKeyedStateBackend backend, StateDescriptor<Void, V> descriptor) {
        super(backend, descriptor);
        this.timed = expires();
    }

    /** What the list holds for {@code value}: a cell written {@code now}, or the value itself; serialized when asked. */
    private Object element(V value, long now) {
        Object held = held(value);
        return timed ? new Cell(held, now) : held;
    }

    private V value(Object element) {
        return valueOfHeld(timed ? ((Cell) element).value : element);
    }

    @SuppressWarnings("unchecked")
    private List<Object> cells(boolean create) {
        List<Object> cells = (List<Object>) table().get(backend.currentKey());
        if (cells == null && create) {
            // most keys hold a few elements (a join side's rows per key): start small, not at 10
            cells = new ArrayList<>(2);
            StateTable table = table();
            table.put(keyToInsert(table), cells);
        }
        return cells;
    }

    @Override
    public List<V> get() {
        List<Object> cells = cells(false);
        if (cells == null) {
            return List.of();
        }
        if (!purge(cells, backend.now())) {
            clear();
            return List.of();
        }
        List<V> values = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            values.add(value(cell));
        }
        return values;
    }

    @Override
    public void forEach(Consumer<? super V> action) {
        List<Object> cells = cells(false);
        if (cells == null) {
            return;
        }
        if (!purge(cells, backend.now())) {
            clear();
            return;
        }
        for (int i = 0, size = cells.size(); i < size; i++) {
            action.accept(value(cells.get(i)));
        }
    }

    @Override
    public void add(V value) {
        cells(true).add(element(value, timed ? backend.now() : 0));
    }

    @Override
    public void update(List<V> values) {
        if (values.isEmpty()) {
            clear();
            return;
        }
        List<Object> cells = cells(true);
        cells.clear();
        long now = timed ? backend.now() : 0;
        for (V value : values) {
            cells.add(element(value, now));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    boolean purge(Object stored, long now) {
        List<Object> cells = (List<Object>) stored;
        if (!timed) {
            return !cells.isEmpty();
        }
        cells.removeIf(cell -> isExpired((Cell) cell, now));
        return !cells.isEmpty();
    }

    @Override
    @SuppressWarnings("unchecked")
    void writePayload(Object stored, BinaryOutput output) {
        List<Object> cells = (List<Object>) stored;
        output.writeUnsignedVarInt(cells.size());
        long now = backend.now();
        for (Object element : cells) {
            // the same bytes either way: untimed values count as written at the snapshot
            Cell cell = timed ? (Cell) element : new Cell(element, now);
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
        List<Object> cells = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Cell cell = readCell(input);
            cells.add(serialized ? element(valueOf(cell), cell.writeTime) : timed ? cell : cell.value);
        }
        return cells;
    }
}

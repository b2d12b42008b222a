package io.eddy.runtime.state;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSerializer;

/**
 * One named state in the heap backend: a {@link StateTable} per key group from key to the state's value
 * (a value or {@link Cell}, a list of them or a map of them). Every cell remembers its last write time for TTL.
 *
 * <p>Section layout for one key group: the number of keys, then per key the key row and the
 * subclass's payload, where every value is preceded by its write time.
 */
abstract class HeapState<K, V> implements SectionedState {

    /** A value with the processing time of its last write. */
    static final class Cell {
        Object value;
        long writeTime;

        Cell(Object value, long writeTime) {
            this.value = value;
            this.writeTime = writeTime;
        }
    }

    final HeapKeyedStateBackend backend;
    final StateDescriptor<K, V> descriptor;
    private final long ttlMillis;
    final StateTable[] tables;
    /** Whether values are held as their serialized bytes ({@link StateDescriptor#serializedOnHeap()}). */
    final boolean serialized;
    /** Where values are serialized before they are copied into their own array; reused. */
    private final BinaryOutput scratch;

    HeapState(HeapKeyedStateBackend backend, StateDescriptor<K, V> descriptor) {
        this.backend = backend;
        this.descriptor = descriptor;
        this.ttlMillis = descriptor.ttl().millis();
        this.tables = backend.newTables();
        this.serialized = descriptor.serializedOnHeap();
        this.scratch = serialized ? new BinaryOutput(256) : null;
    }

    /** What is held of {@code value}: the value itself, or its serialized bytes when {@link #serialized}. */
    Object held(V value) {
        if (!serialized) {
            return value;
        }
        scratch.reset();
        descriptor.valueSerializer().serialize(value, scratch);
        return scratch.toByteArray();
    }

    /** The value of what {@link #held} returned. */
    @SuppressWarnings("unchecked")
    V valueOfHeld(Object held) {
        return serialized ? descriptor.valueSerializer().deserialize(new BinaryInput((byte[]) held)) : (V) held;
    }

    @Override
    public StateDescriptor<K, V> descriptor() {
        return descriptor;
    }

    StateTable table() {
        return backend.table(this);
    }

    /**
     * The current key as {@code table} should be given it for a new entry: a row that never changes when
     * the table keeps key rows, else the current key as it is (the table copies its fields).
     */
    Row keyToInsert(StateTable table) {
        return table.keepsKeyRows() ? backend.currentKeyForInsert() : backend.currentKey();
    }

    /** Removes the current key's entry of this state (the {@code clear()} of every state interface). */
    public void clear() {
        forgetCurrentKeyValue();
        table().remove(backend.currentKey());
    }

    /** Drops whatever a subclass keeps of the current key's value between calls; the table is the truth. */
    void forgetCurrentKeyValue() {
    }

    /** Whether values of this state expire at all (a time-to-live is set). */
    boolean expires() {
        return ttlMillis > 0;
    }

    boolean isExpired(Cell cell, long now) {
        return ttlMillis > 0 && now - cell.writeTime >= ttlMillis;
    }

    void writeCell(Cell cell, BinaryOutput output) {
        output.writeVarLong(cell.writeTime);
        descriptor.valueSerializer().serialize(valueOf(cell), output);
    }

    /** Writes a cell whose value is held as the bytes the value serializer wrote: the same bytes as {@link #writeCell}. */
    void writeSerializedCell(Cell cell, BinaryOutput output) {
        byte[] value = (byte[]) cell.value;
        output.writeVarLong(cell.writeTime);
        output.writeRaw(value, 0, value.length);
    }

    Cell readCell(BinaryInput input) {
        long writeTime = input.readVarLong();
        return new Cell(descriptor.valueSerializer().deserialize(input), writeTime);
    }

    @SuppressWarnings("unchecked")
    V valueOf(Cell cell) {
        return (V) cell.value;
    }

    @Override
    public boolean writeSection(int keyGroup, BinaryOutput output, long now) {
        RowSerializer keys = backend.keySerializer();
        forgetCurrentKeyValue();
        StateTable table = tables[backend.keyGroupIndex(keyGroup)];
        table.removeIf(stored -> !purge(stored, now));
        if (table.isEmpty()) {
            return false;
        }
        output.writeUnsignedVarInt(table.size());
        table.forEach((key, stored) -> {
            keys.serialize(key, output);
            writePayload(stored, output);
        });
        return true;
    }

    @Override
    public void readSection(int keyGroup, BinaryInput input) {
        RowSerializer keys = backend.keySerializer();
        forgetCurrentKeyValue();
        StateTable table = tables[backend.keyGroupIndex(keyGroup)];
        int count = input.readUnsignedVarInt();
        for (int i = 0; i < count; i++) {
            Row key = keys.deserialize(input);
            table.put(key, readPayload(input));
        }
    }

    /** Drops expired parts of a key's value; false when nothing live is left. */
    abstract boolean purge(Object stored, long now);

    abstract void writePayload(Object stored, BinaryOutput output);

    abstract Object readPayload(BinaryInput input);
}

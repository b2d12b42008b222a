package io.eddy.runtime.state.rocksdb;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.state.ListState;
import io.eddy.runtime.state.KeyedStateHandle;
import io.eddy.runtime.state.StateDescriptor;
import java.util.ArrayList;
import java.util.List;
import org.rocksdb.ColumnFamilyHandle;

/**
 * {@link ListState} of the RocksDB backend: one entry per key holding the element count and the timed
 * elements, exactly the canonical payload. {@link #add} reads, appends and writes the entry back
 * (read-modify-write rather than a merge operator, so the stored form needs no delimiters and a
 * snapshot copies it unparsed when TTL is off). Each element expires on its own.
 */
final class RocksDbListState<V> extends RocksDbState<Void, V> implements ListState<V> {

    RocksDbListState(RocksDbKeyedStateBackend backend, StateDescriptor<Void, V> descriptor, ColumnFamilyHandle handle) {
        super(backend, descriptor, handle);
    }

    @Override
    public List<V> get() {
        byte[] key = currentKey();
        byte[] stored = backend.get(handle, key);
        if (stored == null) {
            return List.of();
        }
        BinaryInput input = new BinaryInput(stored);
        int size = input.readUnsignedVarInt();
        List<V> values = new ArrayList<>(size);
        long now = backend.now();
        for (int i = 0; i < size; i++) {
            V value = readCell(input, now);
            if (value != null) {
                values.add(value);
            }
        }
        if (values.size() < size) {
            rewrite(key, stored, now);
        }
        return values;
    }

    @Override
    public void add(V value) {
        byte[] key = currentKey();
        byte[] stored = backend.get(handle, key);
        byte[] element = cell(value, backend.now());
        BinaryOutput output = new BinaryOutput();
        if (stored == null) {
            output.writeUnsignedVarInt(1);
        } else {
            BinaryInput input = new BinaryInput(stored);
            output.writeUnsignedVarInt(input.readUnsignedVarInt() + 1);
            output.writeRaw(stored, input.position(), stored.length - input.position());
        }
        output.writeRaw(element, 0, element.length);
        backend.put(handle, key, output.toByteArray());
    }

    @Override
    public void update(List<V> values) {
        if (values.isEmpty()) {
            clear();
            return;
        }
        BinaryOutput output = new BinaryOutput();
        output.writeUnsignedVarInt(values.size());
        long now = backend.now();
        for (V value : values) {
            output.writeVarLong(now);
            descriptor.valueSerializer().serialize(value, output);
        }
        backend.put(handle, currentKey(), output.toByteArray());
    }

    /** Writes back only the live elements of a stored list (deleting it when none is left). */
    private void rewrite(byte[] key, byte[] stored, long now) {
        byte[] live = livePiece(key, key.length, stored, now);
        if (live == null) {
            backend.delete(handle, key);
        } else {
            backend.put(handle, key, live);
        }
    }

    @Override
    byte[] livePiece(byte[] rocksKey, int keyRowEnd, byte[] value, long now) {
        BinaryInput input = new BinaryInput(value);
        int size = input.readUnsignedVarInt();
        BinaryOutput live = new BinaryOutput();
        int liveCount = 0;
        for (int i = 0; i < size; i++) {
            int start = input.position();
            if (skipCell(input, now)) {
                byte[] element = input.bytesSince(start);
                live.writeRaw(element, 0, element.length);
                liveCount++;
            }
        }
        if (liveCount == 0) {
            return null;
        }
        if (liveCount == size) {
            return value;
        }
        BinaryOutput result = new BinaryOutput();
        result.writeUnsignedVarInt(liveCount);
        byte[] elements = live.toByteArray();
        result.writeRaw(elements, 0, elements.length);
        return result.toByteArray();
    }

    @Override
    void readPayload(byte[] rocksKey, BinaryInput input) {
        int start = input.position();
        int size = input.readUnsignedVarInt();
        for (int i = 0; i < size; i++) {
            input.readVarLong();
            descriptor.valueSerializer().deserialize(input);
        }
        backend.put(handle, rocksKey, input.bytesSince(start));
    }

    @Override
    KeyedStateHandle.StateLayout layout() {
        return KeyedStateHandle.StateLayout.LIST;
    }
}

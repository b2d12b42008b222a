package io.eddy.runtime.state.rocksdb;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.state.KeyedStateHandle;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.ValueState;
import org.rocksdb.ColumnFamilyHandle;

/** {@link ValueState} of the RocksDB backend: one entry per key holding the write time and the value. */
final class RocksDbValueState<V> extends RocksDbState<Void, V> implements ValueState<V> {

    RocksDbValueState(RocksDbKeyedStateBackend backend, StateDescriptor<Void, V> descriptor, ColumnFamilyHandle handle) {
        super(backend, descriptor, handle);
    }

    @Override
    public V value() {
        return readLive(currentKey());
    }

    @Override
    public void update(V value) {
        if (value == null) {
            clear();
            return;
        }
        backend.put(handle, currentKey(), cell(value, backend.now()));
    }

    @Override
    byte[] livePiece(byte[] rocksKey, int keyRowEnd, byte[] value, long now) {
        return isExpired(new BinaryInput(value).readVarLong(), now) ? null : value;
    }

    @Override
    void readPayload(byte[] rocksKey, BinaryInput input) {
        int start = input.position();
        input.readVarLong();
        descriptor.valueSerializer().deserialize(input);
        backend.put(handle, rocksKey, input.bytesSince(start));
    }

    @Override
    KeyedStateHandle.StateLayout layout() {
        return KeyedStateHandle.StateLayout.VALUE;
    }
}

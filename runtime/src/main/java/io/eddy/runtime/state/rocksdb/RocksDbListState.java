package io.eddy.runtime.state.rocksdb;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.state.KeyedStateHandle;
import io.eddy.runtime.state.ListState;
import io.eddy.runtime.state.StateDescriptor;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksIterator;

/**
 * {@link ListState} of the RocksDB backend: one entry per element, under the current key's prefix
 * followed by the element's number ({@link RocksDbKeyedStateBackend#nextListElement()}, 8 bytes
 * big-endian), so a prefix scan reads the elements in the order they were added. Adding is one write
 * whatever the list's length, with no read; each element expires on its own.
 */
final class RocksDbListState<V> extends RocksDbState<Void, V> implements ListState<V> {

    private static final int NUMBER_BYTES = Long.BYTES;

    RocksDbListState(RocksDbKeyedStateBackend backend, StateDescriptor<Void, V> descriptor, ColumnFamilyHandle handle) {
        super(backend, descriptor, handle);
    }

    @Override
    public List<V> get() {
        byte[] prefix = currentKey();
        long now = backend.now();
        List<V> values = new ArrayList<>();
        List<byte[]> expired = new ArrayList<>();
        try (RocksIterator iterator = backend.iterator(handle)) {
            for (iterator.seek(prefix); iterator.isValid() && isElementOf(iterator.key(), prefix); iterator.next()) {
                V value = readCell(new BinaryInput(iterator.value()), now);
                if (value == null) {
                    expired.add(iterator.key());
                } else {
                    values.add(value);
                }
            }
        }
        for (byte[] key : expired) {
            backend.delete(handle, key);
        }
        return values;
    }

    @Override
    public void add(V value) {
        backend.put(handle, elementKey(currentKey()), cell(value, backend.now()));
    }

    @Override
    public void update(List<V> values) {
        clear();
        byte[] prefix = currentKey();
        long now = backend.now();
        for (V value : values) {
            backend.put(handle, elementKey(prefix), cell(value, now));
        }
    }

    @Override
    public void clear() {
        byte[] prefix = currentKey();
        deleteEntries(prefix, key -> isElementOf(key, prefix));
    }

    /** The RocksDB key of a new element of the key whose prefix is {@code prefix}. */
    private byte[] elementKey(byte[] prefix) {
        return ByteBuffer.allocate(prefix.length + NUMBER_BYTES).put(prefix).putLong(backend.nextListElement()).array();
    }

    /** Whether {@code key} is an element entry of exactly the key row of {@code prefix}. */
    private static boolean isElementOf(byte[] key, byte[] prefix) {
        return key.length == prefix.length + NUMBER_BYTES && startsWith(key, prefix);
    }

    @Override
    int keyRowEnd(byte[] rocksKey) {
        return rocksKey.length - NUMBER_BYTES;
    }

    @Override
    boolean countsPieces() {
        return true;
    }

    @Override
    byte[] livePiece(byte[] rocksKey, int keyRowEnd, byte[] value, long now) {
        return isExpired(new BinaryInput(value).readVarLong(), now) ? null : value;
    }

    @Override
    void readPayload(byte[] rocksKey, BinaryInput input) {
        int size = input.readUnsignedVarInt();
        for (int i = 0; i < size; i++) {
            int start = input.position();
            input.readVarLong();
            descriptor.valueSerializer().deserialize(input);
            backend.put(handle, elementKey(rocksKey), input.bytesSince(start));
        }
    }

    @Override
    KeyedStateHandle.StateLayout layout() {
        return KeyedStateHandle.StateLayout.LIST;
    }
}

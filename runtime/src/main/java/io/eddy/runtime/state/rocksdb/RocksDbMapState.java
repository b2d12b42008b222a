package io.eddy.runtime.state.rocksdb;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.KeyedStateHandle;
import io.eddy.runtime.state.StateDescriptor;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksIterator;

/**
 * {@link MapState} of the RocksDB backend: one entry per map key, under the current key's prefix
 * followed by the serialized map key; iteration is a prefix scan. Each map entry expires on its own.
 */
final class RocksDbMapState<K, V> extends RocksDbState<K, V> implements MapState<K, V> {

    RocksDbMapState(RocksDbKeyedStateBackend backend, StateDescriptor<K, V> descriptor, ColumnFamilyHandle handle) {
        super(backend, descriptor, handle);
    }

    private byte[] entryKey(K mapKey) {
        byte[] prefix = currentKey();
        BinaryOutput output = new BinaryOutput(prefix.length + 16);
        output.writeRaw(prefix, 0, prefix.length);
        descriptor.keySerializer().serialize(mapKey, output);
        return output.toByteArray();
    }

    @Override
    public V get(K mapKey) {
        return readLive(entryKey(mapKey));
    }

    @Override
    public void put(K mapKey, V value) {
        backend.put(handle, entryKey(mapKey), cell(value, backend.now()));
    }

    @Override
    public void remove(K mapKey) {
        backend.delete(handle, entryKey(mapKey));
    }

    @Override
    public boolean contains(K mapKey) {
        return get(mapKey) != null;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Iterable<Map.Entry<K, V>> entries() {
        List<Map.Entry<K, V>> entries = scan(Integer.MAX_VALUE);
        if (!entries.isEmpty() && entries.get(0).getKey() instanceof Comparable) {
            entries.sort((left, right) -> ((Comparable) left.getKey()).compareTo(right.getKey()));
        }
        return entries;
    }

    @Override
    public boolean isEmpty() {
        return scan(1).isEmpty();
    }

    @Override
    public void clear() {
        byte[] prefix = currentKey();
        deleteEntries(prefix, key -> startsWith(key, prefix));
    }

    /** Up to {@code limit} live entries of the current key, deleting the expired ones passed on the way. */
    private List<Map.Entry<K, V>> scan(int limit) {
        byte[] prefix = currentKey();
        long now = backend.now();
        List<Map.Entry<K, V>> entries = new ArrayList<>();
        List<byte[]> expired = new ArrayList<>();
        try (RocksIterator iterator = backend.iterator(handle)) {
            for (iterator.seek(prefix); iterator.isValid() && startsWith(iterator.key(), prefix)
                    && entries.size() < limit; iterator.next()) {
                byte[] key = iterator.key();
                V value = readCell(new BinaryInput(iterator.value()), now);
                if (value == null) {
                    expired.add(key);
                } else {
                    K mapKey = descriptor.keySerializer().deserialize(new BinaryInput(key, prefix.length, key.length - prefix.length));
                    entries.add(new AbstractMap.SimpleImmutableEntry<>(mapKey, value));
                }
            }
        }
        for (byte[] key : expired) {
            backend.delete(handle, key);
        }
        return entries;
    }

    @Override
    int keyRowEnd(byte[] rocksKey) {
        return RocksDbSections.mapKeyRowEnd(backend.keySerializer(), rocksKey);
    }

    @Override
    boolean countsPieces() {
        return true;
    }

    @Override
    byte[] livePiece(byte[] rocksKey, int keyRowEnd, byte[] value, long now) {
        if (isExpired(new BinaryInput(value).readVarLong(), now)) {
            return null;
        }
        byte[] piece = Arrays.copyOfRange(rocksKey, keyRowEnd, rocksKey.length + value.length);
        System.arraycopy(value, 0, piece, rocksKey.length - keyRowEnd, value.length);
        return piece;
    }

    @Override
    void readPayload(byte[] rocksKey, BinaryInput input) {
        int size = input.readUnsignedVarInt();
        for (int i = 0; i < size; i++) {
            int start = input.position();
            descriptor.keySerializer().deserialize(input);
            byte[] mapKey = input.bytesSince(start);
            start = input.position();
            input.readVarLong();
            descriptor.valueSerializer().deserialize(input);
            byte[] entryKey = Arrays.copyOf(rocksKey, rocksKey.length + mapKey.length);
            System.arraycopy(mapKey, 0, entryKey, rocksKey.length, mapKey.length);
            backend.put(handle, entryKey, input.bytesSince(start));
        }
    }

    @Override
    KeyedStateHandle.StateLayout layout() {
        return KeyedStateHandle.StateLayout.MAP;
    }
}

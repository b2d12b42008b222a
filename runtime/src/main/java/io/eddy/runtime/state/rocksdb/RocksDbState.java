package io.eddy.runtime.state.rocksdb;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.state.KeyedStateHandle;
import io.eddy.runtime.state.SectionedState;
import io.eddy.runtime.state.StateDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksIterator;

/**
 * One named state of the RocksDB backend: a column family whose keys start with the key group and
 * the serialized key row. Turns its entries into the canonical section of a key group and back.
 */
abstract class RocksDbState<K, V> implements SectionedState {

    final RocksDbKeyedStateBackend backend;
    final StateDescriptor<K, V> descriptor;
    final ColumnFamilyHandle handle;
    private final long ttlMillis;

    RocksDbState(RocksDbKeyedStateBackend backend, StateDescriptor<K, V> descriptor, ColumnFamilyHandle handle) {
        this.backend = backend;
        this.descriptor = descriptor;
        this.handle = handle;
        this.ttlMillis = descriptor.ttl().millis();
    }

    @Override
    public StateDescriptor<K, V> descriptor() {
        return descriptor;
    }

    ColumnFamilyHandle handle() {
        return handle;
    }

    /** The current key's RocksDB key (value and list state) or key prefix (map state). */
    byte[] currentKey() {
        return backend.currentKeyBytes(descriptor);
    }

    /** Whether entries of this state expire (snapshots then drop expired ones instead of copying entries as stored). */
    boolean hasTtl() {
        return ttlMillis > 0;
    }

    boolean isExpired(long writeTime, long now) {
        return ttlMillis > 0 && now - writeTime >= ttlMillis;
    }

    /** Write time and value, as stored and as in snapshots. */
    byte[] cell(V value, long writeTime) {
        BinaryOutput output = new BinaryOutput();
        output.writeVarLong(writeTime);
        descriptor.valueSerializer().serialize(value, output);
        return output.toByteArray();
    }

    /** Reads one write time and value, returning the value or {@code null} when it expired. */
    V readCell(BinaryInput input, long now) {
        long writeTime = input.readVarLong();
        V value = descriptor.valueSerializer().deserialize(input);
        return isExpired(writeTime, now) ? null : value;
    }

    /** The live value stored under {@code key}, deleting it when it expired; {@code null} when absent or expired. */
    V readLive(byte[] key) {
        byte[] stored = backend.get(handle, key);
        if (stored == null) {
            return null;
        }
        V value = readCell(new BinaryInput(stored), backend.now());
        if (value == null) {
            backend.delete(handle, key);
        }
        return value;
    }

    /** Skips one write time and value, returning whether it is still live. */
    boolean skipCell(BinaryInput input, long now) {
        return readCell(input, now) != null;
    }

    /** Removes the current key's entry of this state. */
    public void clear() {
        backend.delete(handle, currentKey());
    }

    /** Deletes every entry from {@code prefix} on for which {@code belongs} holds, stopping at the first that does not. */
    void deleteEntries(byte[] prefix, Predicate<byte[]> belongs) {
        List<byte[]> keys = new ArrayList<>();
        try (RocksIterator iterator = backend.iterator(handle)) {
            for (iterator.seek(prefix); iterator.isValid() && belongs.test(iterator.key()); iterator.next()) {
                keys.add(iterator.key());
            }
        }
        for (byte[] key : keys) {
            backend.delete(handle, key);
        }
    }

    /** Where the key row ends in a RocksDB key of this state (map state appends the map key). */
    int keyRowEnd(byte[] rocksKey) {
        return rocksKey.length;
    }

    /** The live part of one RocksDB entry in section form, or {@code null} when all of it expired. */
    abstract byte[] livePiece(byte[] rocksKey, int keyRowEnd, byte[] value, long now);

    /** Whether a key's payload is preceded by its number of pieces (map entries). */
    boolean countsPieces() {
        return false;
    }

    /** Stores one key's payload read from a section under {@code rocksKey}. */
    abstract void readPayload(byte[] rocksKey, BinaryInput input);

    /** Writes the live entries of one key group in the canonical section form; false when there are none. */
    @Override
    public boolean writeSection(int keyGroup, BinaryOutput output, long now) {
        List<byte[]> expired = new ArrayList<>();
        boolean written;
        try (RocksIterator iterator = backend.iterator(handle)) {
            written = writeSection(iterator, keyGroup, output, now, expired);
        }
        for (byte[] rocksKey : expired) {
            backend.delete(handle, rocksKey);
        }
        return written;
    }

    /** Writes the live entries of one key group read through {@code iterator} (of this state or of a copy of it). */
    boolean writeSection(RocksIterator iterator, int keyGroup, BinaryOutput output, long now, List<byte[]> expired) {
        return RocksDbSections.write(iterator, keyGroup, this::keyRowEnd, countsPieces(),
                (rocksKey, rowEnd, value) -> livePiece(rocksKey, rowEnd, value, now), output, expired);
    }

    /** How this state's entries are laid out, recorded in incremental checkpoints. */
    abstract KeyedStateHandle.StateLayout layout();

    /** Loads one key group's section (written by any backend) into this state's column family. */
    @Override
    public void readSection(int keyGroup, BinaryInput input) {
        int count = input.readUnsignedVarInt();
        for (int i = 0; i < count; i++) {
            BinaryOutput rocksKey = new BinaryOutput();
            RocksDbKeyedStateBackend.writeKeyGroup(rocksKey, keyGroup);
            int start = input.position();
            backend.keySerializer().deserialize(input);
            byte[] row = input.bytesSince(start);
            rocksKey.writeRaw(row, 0, row.length);
            readPayload(rocksKey.toByteArray(), input);
        }
    }

    /** Every key with an entry in this state, in RocksDB key order. */
    List<Row> keys() {
        List<Row> keys = new ArrayList<>();
        byte[] previous = null;
        try (RocksIterator iterator = backend.iterator(handle)) {
            for (iterator.seekToFirst(); iterator.isValid(); iterator.next()) {
                byte[] rocksKey = iterator.key();
                int rowEnd = keyRowEnd(rocksKey);
                if (previous == null || !Arrays.equals(previous, 0, previous.length, rocksKey, 0, rowEnd)) {
                    previous = Arrays.copyOf(rocksKey, rowEnd);
                    keys.add(backend.keySerializer().deserialize(new BinaryInput(rocksKey, 2, rowEnd - 2)));
                }
            }
        }
        return keys;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}

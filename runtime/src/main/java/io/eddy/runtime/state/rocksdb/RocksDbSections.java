package io.eddy.runtime.state.rocksdb;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.state.KeyedStateHandle.StateLayout;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.rocksdb.RocksIterator;

/**
 * Turns the RocksDB entries of one key group of one state into its canonical section
 * ({@link io.eddy.runtime.state.KeyGroupStateFormat}): a prefix scan over the key group, entries grouped
 * by key row. Shared by live snapshots and by reading key groups out of checkpoint files.
 */
final class RocksDbSections {

    /** The section piece of one entry, or {@code null} when it expired. */
    @FunctionalInterface
    interface LivePiece {
        byte[] of(byte[] rocksKey, int keyRowEnd, byte[] value);
    }

    private RocksDbSections() {
    }

    /**
     * Writes the section of {@code keyGroup} read through {@code iterator}; expired entries are not
     * written but collected in {@code expired}. Returns false (writing nothing) when no key is live.
     */
    static boolean write(RocksIterator iterator, int keyGroup, ToIntFunction<byte[]> keyRowEnd, boolean countsPieces,
                         LivePiece livePiece, BinaryOutput output, List<byte[]> expired) {
        byte[] prefix = RocksDbKeyedStateBackend.keyGroupPrefix(keyGroup);
        BinaryOutput keys = new BinaryOutput();
        BinaryOutput pieces = new BinaryOutput();
        int keyCount = 0;
        int pieceCount = 0;
        byte[] row = null;
        for (iterator.seek(prefix); iterator.isValid() && RocksDbState.startsWith(iterator.key(), prefix); iterator.next()) {
            byte[] rocksKey = iterator.key();
            int rowEnd = keyRowEnd.applyAsInt(rocksKey);
            if (row != null && !Arrays.equals(row, 0, row.length, rocksKey, 2, rowEnd)) {
                keyCount += flushKey(keys, row, pieces, pieceCount, countsPieces);
                pieces.reset();
                pieceCount = 0;
            }
            row = Arrays.copyOfRange(rocksKey, 2, rowEnd);
            byte[] piece = livePiece.of(rocksKey, rowEnd, iterator.value());
            if (piece == null) {
                expired.add(rocksKey);
            } else {
                pieces.writeRaw(piece, 0, piece.length);
                pieceCount++;
            }
        }
        if (row != null) {
            keyCount += flushKey(keys, row, pieces, pieceCount, countsPieces);
        }
        if (keyCount == 0) {
            return false;
        }
        output.writeUnsignedVarInt(keyCount);
        byte[] bytes = keys.toByteArray();
        output.writeRaw(bytes, 0, bytes.length);
        return true;
    }

    private static int flushKey(BinaryOutput keys, byte[] row, BinaryOutput pieces, int pieceCount, boolean countsPieces) {
        if (pieceCount == 0) {
            return 0;
        }
        keys.writeRaw(row, 0, row.length);
        if (countsPieces) {
            keys.writeUnsignedVarInt(pieceCount);
        }
        byte[] bytes = pieces.toByteArray();
        keys.writeRaw(bytes, 0, bytes.length);
        return 1;
    }

    /** Where the key row of a map-state RocksDB key ends (the map key follows). */
    static int mapKeyRowEnd(RowSerializer keySerializer, byte[] rocksKey) {
        BinaryInput input = new BinaryInput(rocksKey, 2, rocksKey.length - 2);
        keySerializer.deserialize(input);
        return input.position();
    }

    /** Writes a section of a state known only by its layout, every entry as stored (expiry is checked on read). */
    static boolean writeAsStored(RocksIterator iterator, int keyGroup, StateLayout layout, RowSerializer keySerializer,
                                 BinaryOutput output, List<byte[]> expired) {
        if (layout == StateLayout.MAP) {
            return write(iterator, keyGroup, key -> mapKeyRowEnd(keySerializer, key), true, (key, rowEnd, value) -> {
                byte[] piece = Arrays.copyOfRange(key, rowEnd, key.length + value.length);
                System.arraycopy(value, 0, piece, key.length - rowEnd, value.length);
                return piece;
            }, output, expired);
        }
        if (layout == StateLayout.LIST) {
            return write(iterator, keyGroup, key -> key.length - Long.BYTES, true, (key, rowEnd, value) -> value, output, expired);
        }
        return write(iterator, keyGroup, key -> key.length, false, (key, rowEnd, value) -> value, output, expired);
    }
}

package io.eddy.runtime.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer with compact encodings (zig-zag varints, length-prefixed UTF-8), used by
 * serializers for state snapshots and exchanges. Reusable through {@link #reset()}.
 */
public final class BinaryOutput {

    private byte[] buffer;
    private int position;

    public BinaryOutput() {
        this(64);
    }

    public BinaryOutput(int initialCapacity) {
        buffer = new byte[Math.max(initialCapacity, 8)];
    }

    private void ensure(int extra) {
        if (position + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, position + extra));
        }
    }

    public void writeByte(int value) {
        ensure(1);
        buffer[position++] = (byte) value;
    }

    public void writeBoolean(boolean value) {
        writeByte(value ? 1 : 0);
    }

    /** An unsigned varint (7 bits per byte). */
    public void writeUnsignedVarInt(int value) {
        ensure(5);
        while ((value & ~0x7F) != 0) {
            buffer[position++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[position++] = (byte) value;
    }

    /** A zig-zag varint: small magnitudes take few bytes whatever their sign. */
    public void writeVarInt(int value) {
        writeUnsignedVarInt((value << 1) ^ (value >> 31));
    }

    /** A zig-zag varlong. */
    public void writeVarLong(long value) {
        long zigZag = (value << 1) ^ (value >> 63);
        ensure(10);
        while ((zigZag & ~0x7FL) != 0) {
            buffer[position++] = (byte) ((zigZag & 0x7F) | 0x80);
            zigZag >>>= 7;
        }
        buffer[position++] = (byte) zigZag;
    }

    /** Eight bytes, big-endian (for doubles and hashes, where varints do not help). */
    public void writeLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[position++] = (byte) (value >>> shift);
        }
    }

    public void writeBytes(byte[] bytes) {
        writeUnsignedVarInt(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    /** Copies bytes as they are, without a length prefix (for values already in binary form). */
    public void writeRaw(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, position, length);
        position += length;
    }

    public void writeString(String value) {
        writeBytes(value.getBytes(StandardCharsets.UTF_8));
    }

    public int size() {
        return position;
    }

    public void reset() {
        position = 0;
    }

    /** A copy of the bytes written so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, position);
    }
}

package io.eddy.runtime.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads what {@link BinaryOutput} wrote; fails with a clear message on truncated input. */
public final class BinaryInput {

    private final byte[] buffer;
    private int position;
    private final int limit;

    public BinaryInput(byte[] buffer) {
        this(buffer, 0, buffer.length);
    }

    public BinaryInput(byte[] buffer, int offset, int length) {
        this.buffer = buffer;
        this.position = offset;
        this.limit = offset + length;
    }

    private void require(int count) {
        if (position + count > limit) {
            throw new IllegalStateException("corrupt or truncated data: need " + count + " bytes at offset " + position + ", limit " + limit);
        }
    }

    public byte readByte() {
        require(1);
        return buffer[position++];
    }

    public boolean readBoolean() {
        return readByte() != 0;
    }

    public int readUnsignedVarInt() {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte current = readByte();
            value |= (current & 0x7F) << shift;
            if ((current & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalStateException("corrupt varint at offset " + position);
    }

    public int readVarInt() {
        int zigZag = readUnsignedVarInt();
        return (zigZag >>> 1) ^ -(zigZag & 1);
    }

    public long readVarLong() {
        long zigZag = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            byte current = readByte();
            zigZag |= (long) (current & 0x7F) << shift;
            if ((current & 0x80) == 0) {
                return (zigZag >>> 1) ^ -(zigZag & 1);
            }
        }
        throw new IllegalStateException("corrupt varlong at offset " + position);
    }

    public long readLong() {
        require(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (buffer[position++] & 0xFF);
        }
        return value;
    }

    public byte[] readBytes() {
        int length = readUnsignedVarInt();
        require(length);
        byte[] bytes = Arrays.copyOfRange(buffer, position, position + length);
        position += length;
        return bytes;
    }

    public String readString() {
        int length = readUnsignedVarInt();
        require(length);
        String value = new String(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    /** The offset of the next byte to read. */
    public int position() {
        return position;
    }

    /** A copy of the bytes read since {@code start} (a {@link #position()} taken before), to pass values on unparsed. */
    public byte[] bytesSince(int start) {
        if (start < 0 || start > position) {
            throw new IllegalArgumentException("start " + start + " is not before position " + position);
        }
        return Arrays.copyOfRange(buffer, start, position);
    }

    public boolean hasRemaining() {
        return position < limit;
    }
}

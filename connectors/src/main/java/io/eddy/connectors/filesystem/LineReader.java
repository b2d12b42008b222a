package io.eddy.connectors.filesystem;

import java.io.Closeable;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads a file line by line from a byte offset, keeping the exact offset of the next line so that a
 * reader's position can be snapshotted and restored. Lines end at {@code \n} (a {@code \r} before it is
 * dropped). Lines are not copied: each is a range of a large reused buffer ({@link #buffer()},
 * {@link #lineStart()}, {@link #lineLength()}) that stays valid until the next call; the buffer grows
 * when a line is longer than it.
 */
final class LineReader implements Closeable {

    static final int BUFFER_BYTES = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A_0A0A_0A0A_0A0AL;
    private static final long LOW_BITS = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private final FileChannel channel;
    private byte[] buffer;
    /** File offset of {@code buffer[0]}. */
    private long base;
    /** Start of the next line in the buffer. */
    private int position;
    private int limit;
    private boolean endOfFile;
    private int lineStart;
    private int lineLength;

    LineReader(Path path, long offset) throws IOException {
        this(path, offset, BUFFER_BYTES);
    }

    /** A reader whose buffer starts at {@code bufferBytes} (tests use small ones). */
    LineReader(Path path, long offset, int bufferBytes) throws IOException {
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        channel.position(offset);
        this.buffer = new byte[bufferBytes];
        this.base = offset;
    }

    /** Reads the next line; false at the end of the file. */
    boolean next() throws IOException {
        int from = position;
        while (true) {
            int newline = indexOfNewline(buffer, from, limit);
            if (newline >= 0) {
                int end = newline > position && buffer[newline - 1] == '\r' ? newline - 1 : newline;
                lineStart = position;
                lineLength = end - position;
                position = newline + 1;
                return true;
            }
            if (endOfFile) {
                if (position == limit) {
                    lineLength = 0;
                    return false;
                }
                lineStart = position;
                lineLength = limit - position;
                position = limit;
                return true;
            }
            from = limit - position;
            fill();
        }
    }

    /** Moves the unfinished line to the buffer's start (growing the buffer when it fills it) and reads more. */
    private void fill() throws IOException {
        int kept = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
            base += position;
            position = 0;
            limit = kept;
        } else if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = channel.read(ByteBuffer.wrap(buffer, limit, buffer.length - limit));
        if (read < 0) {
            endOfFile = true;
        } else {
            limit += read;
        }
    }

    /** The first {@code \n} in {@code bytes[from, to)}, eight bytes at a time; -1 when there is none. */
    static int indexOfNewline(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i) ^ NEWLINES;
            long found = (word - LOW_BITS) & ~word & HIGH_BITS;
            if (found != 0) {
                // The lowest flagged byte is always a real zero byte (borrows only flag bytes above one).
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The buffer holding the current line; valid until the next call of {@link #next()}. */
    byte[] buffer() {
        return buffer;
    }

    int lineStart() {
        return lineStart;
    }

    int lineLength() {
        return lineLength;
    }

    /** Byte offset of the next line. */
    long offset() {
        return base + position;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

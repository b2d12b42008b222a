package io.eddy.connectors.filesystem;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads a file line by line from a byte offset, keeping the exact offset of the next line so that a
 * reader's position can be snapshotted and restored. Lines end at {@code \n} (a {@code \r} before it is
 * dropped); the line bytes stay valid until the next call.
 */
final class LineReader implements Closeable {

    private final InputStream input;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long offset;
    private byte[] line = new byte[256];
    private int lineLength;

    LineReader(Path path, long offset) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        channel.position(offset);
        this.input = Channels.newInputStream(channel);
        this.offset = offset;
    }

    /** Reads the next line; false at the end of the file. */
    boolean next() throws IOException {
        lineLength = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = input.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any;
                }
            }
            any = true;
            byte b = buffer[position++];
            offset++;
            if (b == '\n') {
                if (lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return true;
            }
            if (lineLength == line.length) {
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[lineLength++] = b;
        }
    }

    byte[] line() {
        return line;
    }

    int lineLength() {
        return lineLength;
    }

    /** Byte offset of the next line. */
    long offset() {
        return offset;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}

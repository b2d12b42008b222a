package io.eddy.connectors.nexmark;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.Arrays;

/**
 * A reusable buffer of ASCII characters: cheaper than a {@link StringBuilder} for generated text, and
 * turned into a (compact, Latin-1) string with one copy.
 */
final class TextBuffer {

    private byte[] bytes;
    private int length;

    TextBuffer(int capacity) {
        bytes = new byte[capacity];
    }

    int length() {
        return length;
    }

    char charAt(int index) {
        return (char) bytes[index];
    }

    void setLength(int newLength) {
        length = newLength;
    }

    TextBuffer append(char c) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = (byte) c;
        return this;
    }

    TextBuffer append(String text) {
        for (int i = 0; i < text.length(); i++) {
            append(text.charAt(i));
        }
        return this;
    }

    /** Removes the characters from {@code start} (inclusive) to {@code end} (exclusive). */
    void delete(int start, int end) {
        System.arraycopy(bytes, end, bytes, start, length - end);
        length -= end - start;
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, ISO_8859_1);
    }
}

package io.eddy.connectors.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte-level checks of JSON text that {@link FlatObjectScanner} uses: strings (escapes and strictly
 * well-formed UTF-8), numbers (RFC 8259 grammar) and whitespace. Every method answers -1 where the
 * text is not what it accepts; it never throws and never allocates.
 */
final class JsonText {

    /** How a string's content is written: plain ASCII, or with multi-byte characters, or with escapes. */
    static final int PLAIN = 0;
    static final int MULTI_BYTE = 1;
    static final int ESCAPED = 2;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    private static final long QUOTES = 0x2222_2222_2222_2222L;
    private static final long BACKSLASHES = 0x5C5C_5C5C_5C5C_5C5CL;
    private static final long CONTROLS = 0x2020_2020_2020_2020L;

    private JsonText() {
    }

    /** Flags (in each byte's high bit) the zero bytes of {@code word}, and maybe bytes above the lowest zero byte. */
    private static long zeroBytes(long word) {
        return (word - LOW_BITS) & ~word;
    }

    /** The first index at or after {@code i} that is not JSON whitespace (space, tab, CR, LF). */
    static int skipWhitespace(byte[] bytes, int i, int end) {
        while (i < end) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return i;
            }
            i++;
        }
        return i;
    }

    /**
     * The index of the closing quote of the string whose content starts at {@code i}, or -1 when it
     * is unterminated, holds a control character or a bad escape, or is not strictly well-formed UTF-8.
     * {@code form[0]} receives {@link #PLAIN}, {@link #MULTI_BYTE} or {@link #ESCAPED}.
     */
    static int stringEnd(byte[] bytes, int i, int end, int[] form) {
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            long found = zeroBytes(word ^ QUOTES) | zeroBytes(word ^ BACKSLASHES) | ((word - CONTROLS) & ~word) | word;
            found &= HIGH_BITS;
            if (found != 0) {
                // The lowest flagged byte is always a real match: borrows only flag bytes above one.
                i += Long.numberOfTrailingZeros(found) >>> 3;
                break;
            }
        }
        while (i < end) {
            byte b = bytes[i];
            if (b == '"') {
                form[0] = PLAIN;
                return i;
            }
            if (b < 0x20 || b == '\\') {  // control characters, escapes, and (signed) bytes of multi-byte characters
                return slowStringEnd(bytes, i, end, form);
            }
            i++;
        }
        return -1;
    }

    private static int slowStringEnd(byte[] bytes, int i, int end, int[] form) {
        int kind = PLAIN;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b == '"') {
                form[0] = kind;
                return i;
            }
            if (b == '\\') {
                i = escapeEnd(bytes, i + 1, end);
                kind = ESCAPED;
            } else if (b < 0x20) {
                return -1;
            } else if (b < 0x80) {
                i++;
            } else {
                i = multiByteEnd(bytes, i, end);
                kind = Math.max(kind, MULTI_BYTE);
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    /** The end of the escape whose letter is at {@code i} (after the backslash), or -1. */
    private static int escapeEnd(byte[] bytes, int i, int end) {
        if (i >= end) {
            return -1;
        }
        return switch (bytes[i]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> i + 1;
            case 'u' -> i + 5 <= end && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0 && hex(bytes[i + 3]) >= 0
                    && hex(bytes[i + 4]) >= 0 ? i + 5 : -1;
            default -> -1;
        };
    }

    static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    /**
     * The end of the multi-byte character starting at {@code i}, or -1 unless it is strictly
     * well-formed (no overlong forms, no surrogates, at most U+10FFFF): where lenient decoders differ,
     * the caller leaves the text to one.
     */
    static int multiByteEnd(byte[] bytes, int i, int end) {
        int lead = bytes[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + length > end) {
            return -1;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return i + length;
    }

    /**
     * The end of the number starting at {@code i} ({@code -} or a digit) if it follows JSON's grammar
     * ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}), else -1. {@code integral[0]} tells
     * whether it has neither fraction nor exponent.
     */
    static int numberEnd(byte[] bytes, int i, int end, boolean[] integral) {
        if (i < end && bytes[i] == '-') {
            i++;
        }
        if (i >= end || !isDigit(bytes[i])) {
            return -1;
        }
        if (bytes[i] == '0') {
            i++;
            if (i < end && isDigit(bytes[i])) {
                return -1;
            }
        } else {
            i = digitsEnd(bytes, i, end);
        }
        boolean whole = true;
        if (i < end && bytes[i] == '.') {
            whole = false;
            int digits = i + 1;
            i = digitsEnd(bytes, digits, end);
            if (i == digits) {
                return -1;
            }
        }
        if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
            whole = false;
            i++;
            if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
                i++;
            }
            int digits = i;
            i = digitsEnd(bytes, digits, end);
            if (i == digits) {
                return -1;
            }
        }
        integral[0] = whole;
        return i;
    }

    private static int digitsEnd(byte[] bytes, int i, int end) {
        while (i < end && isDigit(bytes[i])) {
            i++;
        }
        return i;
    }

    static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** Whether {@code bytes[i, end)} starts with the ASCII {@code literal}. */
    static boolean startsWith(byte[] bytes, int i, int end, String literal) {
        if (i + literal.length() > end) {
            return false;
        }
        for (int k = 0; k < literal.length(); k++) {
            if (bytes[i + k] != literal.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}

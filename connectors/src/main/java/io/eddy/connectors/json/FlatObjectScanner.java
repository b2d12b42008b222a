package io.eddy.connectors.json;

import static io.eddy.connectors.json.JsonText.skipWhitespace;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.eddy.connectors.format.TemporalText;
import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.Arrays;

/**
 * The fast path of {@link JsonRowDecoder}: decodes one JSON object straight from its bytes, without
 * a parser or intermediate strings, when its read fields hold scalars the row takes as they are
 * (booleans, integers that fit the column, numbers for FLOAT/DOUBLE, strings, timestamps of the
 * exact {@code yyyy-MM-dd HH:mm:ss[.fff]} form) and everything else is well-formed JSON, which it
 * checks while skipping it. Whatever it does not take for certain (malformed text, nested values in
 * read fields, numbers to convert, text to parse, missing fields under
 * {@code json.fail-on-missing-field}) it declines: {@link #decode} returns false and the caller
 * decodes the record with Jackson, so results and error messages are those of the Jackson path.
 */
final class FlatObjectScanner {

    /** Records longer than this go to Jackson, whose length limits (names, strings) then apply. */
    private static final int MAX_RECORD_BYTES = 1 << 20;
    private static final int MAX_NAME_BYTES = 1_000;
    private static final int MAX_NUMBER_BYTES = 100;
    private static final int MAX_SKIPPED_DEPTH = 64;
    private static final int MAX_LONG_DIGITS = 18;
    private static final String[] LITERALS = {"null", "true", "false"};

    private final FieldType[] types;
    private final byte[][] names;
    private final long[] minimums;
    private final long[] maximums;
    private final boolean failOnMissingField;
    private final TemporalText temporal;
    private final boolean[] seen;
    /** The field the k-th name of the previous record matched (-1: none), tried first; for the first 64 names. */
    private final int[] previousFields = new int[64];
    private final int[] stringForm = new int[1];
    private final boolean[] integral = new boolean[1];
    private char[] chars = new char[64];

    private FlatObjectScanner(RowSchema schema, JsonReadOptions options, TemporalText temporal) {
        int arity = schema.arity();
        this.types = new FieldType[arity];
        this.names = new byte[arity][];
        this.minimums = new long[arity];
        this.maximums = new long[arity];
        for (int i = 0; i < arity; i++) {
            types[i] = schema.type(i);
            names[i] = schema.name(i).getBytes(UTF_8);
            switch (types[i].kind()) {
                case TINYINT -> { minimums[i] = Byte.MIN_VALUE; maximums[i] = Byte.MAX_VALUE; }
                case SMALLINT -> { minimums[i] = Short.MIN_VALUE; maximums[i] = Short.MAX_VALUE; }
                case INT -> { minimums[i] = Integer.MIN_VALUE; maximums[i] = Integer.MAX_VALUE; }
                default -> { minimums[i] = Long.MIN_VALUE; maximums[i] = Long.MAX_VALUE; }
            }
        }
        this.failOnMissingField = options.failOnMissingField();
        this.temporal = temporal;
        this.seen = new boolean[arity];
        Arrays.fill(previousFields, -1);
    }

    /** A scanner of rows of {@code schema}, or null when a column has a type it never reads (the Jackson path reads those). */
    static FlatObjectScanner forSchema(RowSchema schema, JsonReadOptions options, TemporalText temporal) {
        for (int i = 0; i < schema.arity(); i++) {
            if (!reads(schema.type(i).kind())) {
                return null;
            }
        }
        return new FlatObjectScanner(schema, options, temporal);
    }

    private static boolean reads(FieldKind kind) {
        return switch (kind) {
            case BOOLEAN, TINYINT, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, STRING, TIMESTAMP, TIMESTAMP_LTZ -> true;
            default -> false;
        };
    }

    /**
     * Decodes the object in {@code bytes[offset, offset + length)} into every field of {@code row};
     * false when the record is left to the Jackson path (the row may then hold some of its fields).
     */
    boolean decode(byte[] bytes, int offset, int length, Row row) {
        if (length > MAX_RECORD_BYTES) {
            return false;
        }
        int end = offset + length;
        int i = skipWhitespace(bytes, offset, end);
        if (i >= end || bytes[i] != '{') {
            return false;
        }
        Arrays.fill(seen, false);
        i = skipWhitespace(bytes, i + 1, end);
        if (i < end && bytes[i] == '}') {
            return finish(row);
        }
        for (int k = 0; ; k++) {
            if (i >= end || bytes[i] != '"') {
                return false;
            }
            int nameEnd = JsonText.stringEnd(bytes, i + 1, end, stringForm);
            if (nameEnd < 0 || stringForm[0] == JsonText.ESCAPED || nameEnd - i - 1 > MAX_NAME_BYTES) {
                return false;
            }
            int field = field(bytes, i + 1, nameEnd, k);
            i = skipWhitespace(bytes, nameEnd + 1, end);
            if (i >= end || bytes[i] != ':') {
                return false;
            }
            i = skipWhitespace(bytes, i + 1, end);
            i = field < 0 ? skipValue(bytes, i, end, 0) : readValue(bytes, i, end, field, row);
            if (i < 0) {
                return false;
            }
            i = skipWhitespace(bytes, i, end);
            if (i >= end) {
                return false;
            }
            if (bytes[i] == '}') {
                return finish(row);
            }
            if (bytes[i] != ',') {
                return false;
            }
            i = skipWhitespace(bytes, i + 1, end);
        }
    }

    /** Sets the fields the object did not name to NULL; false under fail-on-missing-field (Jackson then reports it). */
    private boolean finish(Row row) {
        for (int f = 0; f < seen.length; f++) {
            if (!seen[f]) {
                if (failOnMissingField) {
                    return false;
                }
                row.setNullAt(f);
            }
        }
        return true;
    }

    /** The field named by {@code bytes[start, end)}, or -1; tries the field the same position named last time first. */
    private int field(byte[] bytes, int start, int end, int position) {
        boolean predicted = position < previousFields.length;
        int guess = predicted ? previousFields[position] : -1;
        if (guess >= 0 && named(guess, bytes, start, end)) {
            return guess;
        }
        int found = -1;
        for (int f = 0; f < names.length && found < 0; f++) {
            if (named(f, bytes, start, end)) {
                found = f;
            }
        }
        if (predicted) {
            previousFields[position] = found;
        }
        return found;
    }

    private boolean named(int field, byte[] bytes, int start, int end) {
        byte[] name = names[field];
        if (name.length != end - start) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (name[k] != bytes[start + k]) {
                return false;
            }
        }
        return true;
    }

    /** Reads the value at {@code i} into {@code field}; the end of the value, or -1 to decline. */
    private int readValue(byte[] bytes, int i, int end, int field, Row row) {
        if (i >= end) {
            return -1;
        }
        seen[field] = true;
        FieldType type = types[field];
        byte first = bytes[i];
        if (first == '"') {
            return readString(bytes, i + 1, end, field, type, row);
        }
        if (first == '-' || JsonText.isDigit(first)) {
            return readNumber(bytes, i, end, field, type, row);
        }
        if (JsonText.startsWith(bytes, i, end, "null")) {
            row.setNullAt(field);
            return i + 4;
        }
        boolean isTrue = JsonText.startsWith(bytes, i, end, "true");
        if (isTrue || JsonText.startsWith(bytes, i, end, "false")) {
            if (type.kind() == FieldKind.BOOLEAN) {
                row.setBoolean(field, isTrue);
            } else if (type.kind() == FieldKind.STRING) {
                row.setString(field, isTrue ? "true" : "false");
            } else {
                return -1;
            }
            return i + (isTrue ? 4 : 5);
        }
        return -1;
    }

    private int readString(byte[] bytes, int start, int end, int field, FieldType type, Row row) {
        int close = JsonText.stringEnd(bytes, start, end, stringForm);
        if (close < 0) {
            return -1;
        }
        switch (type.kind()) {
            case STRING -> row.setString(field, stringForm[0] == JsonText.PLAIN
                    ? new String(bytes, start, close - start, ISO_8859_1) : decodeString(bytes, start, close));
            case TIMESTAMP, TIMESTAMP_LTZ -> {
                if (stringForm[0] != JsonText.PLAIN || !temporal.parseExactForm(bytes, start, close, type, row, field)) {
                    return -1;
                }
            }
            default -> {
                return -1;
            }
        }
        return close + 1;
    }

    private int readNumber(byte[] bytes, int start, int end, int field, FieldType type, Row row) {
        FieldKind kind = type.kind();
        if (kind == FieldKind.TINYINT || kind == FieldKind.SMALLINT || kind == FieldKind.INT || kind == FieldKind.BIGINT) {
            return readInteger(bytes, start, end, field, row);
        }
        int close = JsonText.numberEnd(bytes, start, end, integral);
        if (close < 0 || close - start > MAX_NUMBER_BYTES) {
            return -1;
        }
        boolean negative = bytes[start] == '-';
        int digits = close - start - (negative ? 1 : 0);
        switch (kind) {
            case FLOAT, DOUBLE -> {
                double value;
                if (integral[0]) {
                    if (digits > MAX_LONG_DIGITS) {
                        return -1;
                    }
                    value = integer(bytes, negative ? start + 1 : start, close, negative);
                } else {
                    value = Double.parseDouble(new String(bytes, start, close - start, ISO_8859_1));
                }
                if (kind == FieldKind.FLOAT) {
                    row.setFloat(field, (float) value);
                } else {
                    row.setDouble(field, value);
                }
            }
            case STRING -> row.setString(field, new String(bytes, start, close - start, ISO_8859_1));
            default -> {
                return -1;
            }
        }
        return close;
    }

    /**
     * Reads an integer column in one pass over the digits; declines numbers with a fraction or an
     * exponent, leading zeros, more than 18 digits, or a value outside the column's range.
     */
    private int readInteger(byte[] bytes, int start, int end, int field, Row row) {
        boolean negative = bytes[start] == '-';
        int first = negative ? start + 1 : start;
        int i = first;
        long value = 0;
        while (i < end && JsonText.isDigit(bytes[i])) {
            value = value * 10 + (bytes[i] - '0');
            i++;
        }
        int digits = i - first;
        if (digits == 0 || digits > MAX_LONG_DIGITS || (digits > 1 && bytes[first] == '0')
                || (i < end && (bytes[i] == '.' || bytes[i] == 'e' || bytes[i] == 'E'))) {
            return -1;
        }
        value = negative ? -value : value;
        if (value < minimums[field] || value > maximums[field]) {
            return -1;
        }
        row.setLong(field, value);
        return i;
    }

    private static long integer(byte[] bytes, int start, int end, boolean negative) {
        long value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (bytes[i] - '0');
        }
        return negative ? -value : value;
    }

    /** The value of a string with escapes or multi-byte characters, already checked by {@link JsonText#stringEnd}. */
    private String decodeString(byte[] bytes, int start, int close) {
        if (chars.length < close - start) {
            chars = new char[Math.max(close - start, chars.length * 2)];
        }
        if (stringForm[0] == JsonText.MULTI_BYTE) {
            return new String(bytes, start, close - start, UTF_8);
        }
        int n = 0;
        for (int i = start; i < close; ) {
            int b = bytes[i] & 0xFF;
            if (b == '\\') {
                byte letter = bytes[i + 1];
                if (letter == 'u') {
                    chars[n++] = (char) (JsonText.hex(bytes[i + 2]) << 12 | JsonText.hex(bytes[i + 3]) << 8
                            | JsonText.hex(bytes[i + 4]) << 4 | JsonText.hex(bytes[i + 5]));
                    i += 6;
                } else {
                    chars[n++] = switch (letter) {
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        default -> (char) letter;  // '"', '\\' and '/'
                    };
                    i += 2;
                }
            } else if (b < 0x80) {
                chars[n++] = (char) b;
                i++;
            } else {
                int next = JsonText.multiByteEnd(bytes, i, close);
                String character = new String(bytes, i, next - i, UTF_8);
                character.getChars(0, character.length(), chars, n);
                n += character.length();
                i = next;
            }
        }
        return new String(chars, 0, n);
    }

    /** Skips the well-formed value at {@code i} of a field the row does not hold; its end, or -1 to decline. */
    private int skipValue(byte[] bytes, int i, int end, int depth) {
        if (i >= end) {
            return -1;
        }
        byte first = bytes[i];
        if (first == '"') {
            int close = JsonText.stringEnd(bytes, i + 1, end, stringForm);
            return close < 0 ? -1 : close + 1;
        }
        if (first == '-' || JsonText.isDigit(first)) {
            int close = JsonText.numberEnd(bytes, i, end, integral);
            return close < 0 || close - i > MAX_NUMBER_BYTES ? -1 : close;
        }
        if (first == '{' || first == '[') {
            return depth >= MAX_SKIPPED_DEPTH ? -1 : skipContainer(bytes, i, end, depth + 1);
        }
        for (String literal : LITERALS) {
            if (JsonText.startsWith(bytes, i, end, literal)) {
                return i + literal.length();
            }
        }
        return -1;
    }

    /** Skips the object or array opening at {@code i}: its end, or -1. */
    private int skipContainer(byte[] bytes, int i, int end, int depth) {
        boolean object = bytes[i] == '{';
        byte close = (byte) (object ? '}' : ']');
        i = skipWhitespace(bytes, i + 1, end);
        if (i < end && bytes[i] == close) {
            return i + 1;
        }
        while (true) {
            if (object) {
                if (i >= end || bytes[i] != '"') {
                    return -1;
                }
                int nameEnd = JsonText.stringEnd(bytes, i + 1, end, stringForm);
                if (nameEnd < 0 || nameEnd - i - 1 > MAX_NAME_BYTES) {
                    return -1;
                }
                i = skipWhitespace(bytes, nameEnd + 1, end);
                if (i >= end || bytes[i] != ':') {
                    return -1;
                }
                i = skipWhitespace(bytes, i + 1, end);
            }
            i = skipValue(bytes, i, end, depth);
            if (i < 0) {
                return -1;
            }
            i = skipWhitespace(bytes, i, end);
            if (i >= end) {
                return -1;
            }
            if (bytes[i] == close) {
                return i + 1;
            }
            if (bytes[i] != ',') {
                return -1;
            }
            i = skipWhitespace(bytes, i + 1, end);
        }
    }
}

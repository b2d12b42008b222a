package io.eddy.runtime.data;

/**
 * The kind of change a row describes in a changelog stream, with Flink's short strings.
 *
 * <p>An append-only stream holds only {@link #INSERT}; a retract stream pairs
 * {@link #UPDATE_BEFORE} with {@link #UPDATE_AFTER}; an upsert stream omits {@code UPDATE_BEFORE}.
 */
public enum RowKind {
    /** A new row ({@code +I}). */
    INSERT("+I", (byte) 0),
    /** The previous content of an updated row ({@code -U}). */
    UPDATE_BEFORE("-U", (byte) 1),
    /** The new content of an updated row ({@code +U}). */
    UPDATE_AFTER("+U", (byte) 2),
    /** A removed row ({@code -D}). */
    DELETE("-D", (byte) 3);

    private static final RowKind[] BY_BYTE = values();

    private final String shortString;
    private final byte byteValue;

    RowKind(String shortString, byte byteValue) {
        this.shortString = shortString;
        this.byteValue = byteValue;
    }

    /** The two-character form used in fixtures and {@code toString}: {@code +I}, {@code -U}, {@code +U}, {@code -D}. */
    public String shortString() {
        return shortString;
    }

    /** The stable byte used by serializers. */
    public byte toByteValue() {
        return byteValue;
    }

    /** True for {@code +I} and {@code +U}: the row is (again) part of the result. */
    public boolean isAccumulate() {
        return this == INSERT || this == UPDATE_AFTER;
    }

    /** The kind encoded by {@link #toByteValue()}. */
    public static RowKind fromByteValue(byte value) {
        if (value < 0 || value >= BY_BYTE.length) {
            throw new IllegalArgumentException("Unknown row kind byte: " + value);
        }
        return BY_BYTE[value];
    }

    /** The kind for a short string such as {@code +I}. */
    public static RowKind fromShortString(String text) {
        for (RowKind kind : BY_BYTE) {
            if (kind.shortString.equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown row kind '" + text + "', expected one of +I, -U, +U, -D");
    }
}

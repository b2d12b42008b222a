package io.eddy.jdbc.spi;

/** The kind of change a row of a changelog stands for, printed as Flink prints it. */
public enum RowKind {
    /** A new row. */
    INSERT("+I"),
    /** The old content of an updated row (a retraction). */
    UPDATE_BEFORE("-U"),
    /** The new content of an updated row. */
    UPDATE_AFTER("+U"),
    /** A removed row. */
    DELETE("-D");

    private final String shortString;

    RowKind(String shortString) {
        this.shortString = shortString;
    }

    /** The two-character form: {@code +I}, {@code -U}, {@code +U}, {@code -D}. */
    public String shortString() {
        return shortString;
    }

    /** Parses the two-character form. */
    public static RowKind fromShortString(String text) {
        for (RowKind kind : values()) {
            if (kind.shortString.equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a row kind: " + text + " (expected +I, -U, +U or -D)");
    }
}

package io.eddy.parser;

import static java.util.Objects.requireNonNull;

/**
 * A syntax error in user SQL: a one-line message (what, where and, where it helps, a hint) and
 * the position of the offending text, 1-based.
 */
public final class SqlParseError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;

    public SqlParseError(String message, int line, int column, int endLine, int endColumn, Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public int endLine() {
        return endLine;
    }

    public int endColumn() {
        return endColumn;
    }
}

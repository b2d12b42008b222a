package io.eddy.jdbc.spi;

import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A user error with a position in the statement and an optional hint.
 *
 * <p>{@link #getMessage()} is the one-line text a user sees, without the position; clients add
 * the position in their own terms (a shell maps it to the line of the script file). Positions
 * are 1-based and relative to the statement text passed to {@link EngineSession#execute}.
 *
 * <p>SQLState categories: {@code 42000} syntax or validation error, {@code 42S02} unknown
 * table, {@code 22000} data error, {@code 0A000} unsupported feature, {@code 57014}
 * cancelled, {@code 58000} engine failure.
 */
public class EddySqlException extends SQLException {

    /** Syntax error or semantic error in a statement. */
    public static final String SYNTAX_OR_VALIDATION = "42000";
    /** A table or view that does not exist. */
    public static final String UNKNOWN_OBJECT = "42S02";
    /** A data error while running (bad value, overflow). */
    public static final String DATA = "22000";
    /** A feature the engine does not support. */
    public static final String UNSUPPORTED = "0A000";
    /** A statement cancelled by the user or a timeout. */
    public static final String CANCELLED = "57014";
    /** An internal failure of the engine or a job. */
    public static final String ENGINE_FAILURE = "58000";

    private final int line;
    private final int column;
    private final String hint;

    /** An error without position or hint. */
    public EddySqlException(String message, String sqlState) {
        this(message, sqlState, 0, 0, null, null);
    }

    /**
     * An error at a position.
     *
     * @param line 1-based line in the statement, or 0 when unknown
     * @param column 1-based column in the statement, or 0 when unknown
     * @param hint what the user may do about it, or null
     * @param cause the underlying failure, or null
     */
    public EddySqlException(
            String message, String sqlState, int line, int column, String hint, Throwable cause) {
        super(message, sqlState, cause);
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
        this.line = line;
        this.column = column;
        this.hint = hint;
    }

    /** The 1-based line in the statement, if known. */
    public OptionalInt line() {
        return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /** The 1-based column in the statement, if known. */
    public OptionalInt column() {
        return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /** What the user may do about the error, if anything helps. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }
}

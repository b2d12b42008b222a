package io.eddy.engine.error;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.spi.EddySqlException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A user error the engine itself finds while running a statement (an unknown function class, a
 * bad {@code SET} value, a statement that cannot run yet): a one-line message, an
 * {@link EddySqlException} SQLState, the position in the statement and an optional hint.
 */
public final class StatementException extends RuntimeException {

    private final String sqlState;
    private final int line;
    private final int column;
    private final String hint;

    /**
     * Creates an error.
     *
     * @param sqlState one of the {@link EddySqlException} constants
     * @param line 1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param hint advice for the user, or null
     */
    public StatementException(String message, String sqlState, int line, int column, String hint) {
        super(requireNonNull(message, "message is null"));
        this.sqlState = requireNonNull(sqlState, "sqlState is null");
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.hint = hint;
    }

    /** An error at the position where {@code node} starts (none when {@code node} is null). */
    public static StatementException at(SqlNode node, String message, String sqlState, String hint) {
        SqlParserPos pos = node == null ? SqlParserPos.ZERO : node.getParserPosition();
        return new StatementException(message, sqlState, pos.getLineNum(), pos.getColumnNum(), hint);
    }

    /** A syntax or validation error at {@code node}. */
    public static StatementException invalid(SqlNode node, String message, String hint) {
        return at(node, message, EddySqlException.SYNTAX_OR_VALIDATION, hint);
    }

    public String sqlState() {
        return sqlState;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** Advice for the user, or null. */
    public String hint() {
        return hint;
    }
}

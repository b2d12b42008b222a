package io.eddy.shell;

import static java.util.Objects.requireNonNull;

/**
 * One statement cut out of a script, without its terminating semicolon, with the place where it
 * starts in the script (1-based line and column).
 */
public record ScriptStatement(String text, int line, int column) {

    public ScriptStatement {
        requireNonNull(text, "text is null");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1: " + line + ", " + column);
        }
    }

    /**
     * Maps a position inside this statement (1-based, relative to {@link #text()}) to the script:
     * lines shift by the statement's start line, and columns of its first line by its start column.
     */
    public int[] scriptPosition(int statementLine, int statementColumn) {
        int scriptLine = line + statementLine - 1;
        int scriptColumn = statementLine == 1 ? column + statementColumn - 1 : statementColumn;
        return new int[] {scriptLine, scriptColumn};
    }

    /** The same statement in a text that has {@code lines} more lines before it. */
    public ScriptStatement shiftedDown(int lines) {
        return new ScriptStatement(text, line + lines, column);
    }

    @Override
    public String toString() {
        return line + ":" + column + " " + text;
    }
}

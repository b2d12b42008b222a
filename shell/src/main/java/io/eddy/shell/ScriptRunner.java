package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the statements of a text (a file, {@code -e}, standard input or a line typed at the prompt)
 * one after another, stopping at the first that fails.
 */
public final class ScriptRunner {

    private final StatementExecutor executor;
    private final PrintWriter out;
    private final Consumer<ScriptStatement> afterStatement;
    private boolean quitRequested;

    /**
     * @param afterStatement called after each statement sent to the engine (the shell refreshes
     *     its completion names after DDL)
     */
    public ScriptRunner(StatementExecutor executor, PrintWriter out, Consumer<ScriptStatement> afterStatement) {
        this.executor = requireNonNull(executor, "executor is null");
        this.out = requireNonNull(out, "out is null");
        this.afterStatement = requireNonNull(afterStatement, "afterStatement is null");
    }

    /**
     * Runs every statement of {@code text}, the last one with or without its semicolon.
     *
     * @param source the name errors are reported against ({@code script.sql}), or null
     * @return true when every statement succeeded
     */
    public boolean run(String text, String source) {
        return run(text, source, 0);
    }

    /**
     * Runs statements as they are read, so piped input runs while it is still being written:
     * whenever the lines read so far end with a complete statement, they run.
     *
     * @return true when every statement succeeded
     */
    public boolean run(BufferedReader reader, String source) throws IOException {
        StringBuilder pending = new StringBuilder();
        int pendingStartLine = 0;
        int linesRead = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (pending.length() == 0) {
                pendingStartLine = linesRead;
            }
            linesRead++;
            pending.append(line).append('\n');
            if (ScriptSplitter.isComplete(pending.toString())) {
                boolean succeeded = run(pending.toString(), source, pendingStartLine);
                pending.setLength(0);
                if (!succeeded || quitRequested) {
                    return succeeded;
                }
            }
        }
        return run(pending.toString(), source, pendingStartLine);
    }

    private boolean run(String text, String source, int lineOffset) {
        for (ScriptStatement unshifted : ScriptSplitter.split(text).all()) {
            ScriptStatement statement = unshifted.shiftedDown(lineOffset);
            Optional<ShellCommand> command = ShellCommand.of(statement.text());
            if (command.isPresent()) {
                if (command.get() == ShellCommand.QUIT) {
                    quitRequested = true;
                    return true;
                }
                out.println(ShellCommand.HELP_TEXT);
                out.flush();
                continue;
            }
            boolean succeeded = executor.execute(statement, source);
            afterStatement.accept(statement);
            if (!succeeded) {
                return false;
            }
        }
        return true;
    }

    /** Whether a {@code QUIT;} or {@code EXIT;} was run. */
    public boolean quitRequested() {
        return quitRequested;
    }
}

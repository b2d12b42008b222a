package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The prompt: reads statements with JLine ({@code eddy> }, a continuation prompt until the
 * statement's semicolon, history in {@code $EDDY_HOME/history}, Tab completion) and runs them.
 * Ctrl-C cancels the running statement; at the prompt it clears the line. Ctrl-D, {@code QUIT;}
 * and {@code EXIT;} leave.
 */
final class InteractiveShell {

    static final String PROMPT = "eddy> ";
    static final String CONTINUATION_PROMPT = "    > ";

    private final Terminal terminal;
    private final ScriptRunner runner;
    private final StatementExecutor executor;
    private final SqlCompleter completer;
    private final Path historyFile;

    InteractiveShell(Terminal terminal, ScriptRunner runner, StatementExecutor executor, SqlCompleter completer,
            Path historyFile) {
        this.terminal = requireNonNull(terminal, "terminal is null");
        this.runner = requireNonNull(runner, "runner is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.completer = requireNonNull(completer, "completer is null");
        this.historyFile = requireNonNull(historyFile, "historyFile is null");
    }

    /** Runs until the user leaves; returns the exit status (0). */
    int run() {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("eddy")
                .parser(new StatementParser())
                .completer(completer)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .build();
        try {
            Files.createDirectories(historyFile.getParent());
        } catch (IOException e) {
            terminal.writer().println("[WARNING] Cannot keep history in " + historyFile + ": " + e.getMessage());
        }
        terminal.handle(Terminal.Signal.INT, signal -> executor.cancel());
        terminal.writer().println("Welcome to Eddy. Type HELP; for help, QUIT; to leave.");
        terminal.writer().flush();
        while (!runner.quitRequested()) {
            String buffer;
            try {
                buffer = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (!buffer.isBlank()) {
                runner.run(buffer, null);
            }
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            terminal.writer().println("[WARNING] Cannot save history to " + historyFile + ": " + e.getMessage());
        }
        terminal.writer().flush();
        return 0;
    }
}

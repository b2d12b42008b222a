package io.eddy.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The {@code eddy} command: connects through JDBC, then runs {@code -i}, {@code -f}, {@code -e},
 * standard input or the interactive prompt (see {@link ShellOptions#USAGE}).
 */
public final class Main {

    /** The version {@code --version} prints. */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    private Main() {
    }

    public static void main(String[] args) {
        boolean terminal = System.console() != null;
        System.exit(run(args, System.in, System.out, System.err, terminal, System.getenv()));
    }

    /**
     * Runs the shell in this process.
     *
     * @param interactive whether standard input is a terminal (a prompt is shown when no
     *     {@code -f} or {@code -e} is given)
     * @param environment the environment ({@code EDDY_HOME}, {@code HOME})
     * @return the exit status: 0 when every statement succeeded, 1 otherwise
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean interactive,
            Map<String, String> environment) {
        PrintWriter output = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter errors = new PrintWriter(err, true, StandardCharsets.UTF_8);
        ShellOptions options;
        try {
            options = ShellOptions.parse(args);
        } catch (IllegalArgumentException e) {
            errors.println("[ERROR] " + e.getMessage());
            return 1;
        }
        if (options.help()) {
            output.println(ShellOptions.USAGE);
            return 0;
        }
        if (options.version()) {
            output.println("Eddy " + VERSION);
            return 0;
        }
        boolean prompt = interactive && options.file() == null && options.statements() == null;
        try (Connection connection = DriverManager.getConnection(options.url(), options.connectionProperties())) {
            if (prompt) {
                return runInteractive(connection, options, environment, errors);
            }
            Session session = new Session(connection, options, output, errors, null);
            if (options.initFile() != null && !session.runFile(options.initFile())) {
                return 1;
            }
            boolean succeeded;
            if (options.file() != null) {
                succeeded = session.runFile(options.file());
            } else if (options.statements() != null) {
                succeeded = session.runner.run(options.statements(), null);
            } else {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                succeeded = session.runner.run(reader, "stdin");
            }
            return succeeded && new JobWaiter(connection, output).awaitJobs() ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (SQLException | IOException | RuntimeException e) {
            new MessagePrinter(output, errors, options.verbose()).error(e, null, null);
            return 1;
        }
    }

    private static int runInteractive(Connection connection, ShellOptions options, Map<String, String> environment,
            PrintWriter errors) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("eddy").build()) {
            PrintWriter writer = terminal.writer();
            Session session = new Session(connection, options, writer, writer, terminal);
            if (options.initFile() != null && !session.runFile(options.initFile())) {
                return 1;
            }
            if (options.demoTables() && options.initFile() == null && options.url().equals(ShellOptions.DEFAULT_URL)) {
                DemoTables.create(connection, writer);
            }
            return new InteractiveShell(terminal, session.runner, session.executor, session.completer,
                    historyFile(environment)).run();
        }
    }

    /** {@code $EDDY_HOME/history}, or {@code ~/.eddy/history}. */
    static Path historyFile(Map<String, String> environment) {
        String home = environment.get("EDDY_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "history");
        }
        return Path.of(System.getProperty("user.home"), ".eddy", "history");
    }

    /**
     * The result mode a session starts in: {@code -D sql-client.execution.result-mode=...} when
     * given, else Flink's defaults ({@code table} at the prompt, {@code tableau} for scripts).
     */
    static ResultMode initialMode(ShellOptions options, boolean prompt) {
        String given = options.properties().get(ResultMode.KEY);
        if (given != null) {
            return ResultMode.parse(given)
                    .orElseThrow(() -> new IllegalArgumentException(ResultMode.invalidValueMessage(given)));
        }
        return prompt ? ResultMode.TABLE : ResultMode.TABLEAU;
    }

    /** The objects one run shares: executor, runner and completer over one connection. */
    private static final class Session {
        final StatementExecutor executor;
        final ScriptRunner runner;
        final SqlCompleter completer;
        final MessagePrinter messages;

        /** @param terminal the terminal of the prompt, or null for scripts (results print as tableau) */
        Session(Connection connection, ShellOptions options, PrintWriter out, PrintWriter err, Terminal terminal) {
            messages = new MessagePrinter(out, err, options.verbose());
            TableauPrinter tableau = new TableauPrinter(out, TableauPrinter.DEFAULT_MAX_COLUMN_WIDTH);
            ResultModeSetting mode = new ResultModeSetting(initialMode(options, terminal != null));
            QueryResultPrinter queries = terminal == null ? QueryResultPrinter.tableauOnly(mode, tableau)
                    : QueryResultPrinter.onTerminal(mode, tableau, terminal, TableauPrinter.DEFAULT_MAX_COLUMN_WIDTH);
            executor = new StatementExecutor(connection, tableau, new PlainTextPrinter(out), queries, messages);
            completer = new SqlCompleter(connection);
            runner = new ScriptRunner(executor, out, completer::afterStatement);
        }

        boolean runFile(String file) {
            Path path = Path.of(file);
            String script;
            try {
                script = Files.readString(path, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                messages.error(new IOException("Cannot read " + file + ": no such file"), null, null);
                return false;
            } catch (IOException e) {
                messages.error(new IOException("Cannot read " + file + ": " + e.getMessage()), null, null);
                return false;
            }
            if (script.startsWith("\uFEFF")) {
                script = script.substring(1);
            }
            return runner.run(script, path.getFileName().toString());
        }
    }
}

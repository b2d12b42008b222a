package io.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Query results that arrive over time (the {@code changing} test engine), shown in each result
 * mode through the statement executor, and their cancellation: by the user leaving a full-screen
 * view, and by Ctrl-C (the prompt's handler calls {@link StatementExecutor#cancel()}).
 */
class StreamingResultTest {

    private static final long TIMEOUT_SECONDS = 10;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private PipedOutputStream keys;
    private Connection connection;
    private Terminal terminal;

    @BeforeEach
    void open() throws Exception {
        connection = DriverManager.getConnection("jdbc:eddy:?engine=changing");
        keys = new PipedOutputStream();
        terminal = TerminalBuilder.builder().system(false).streams(new PipedInputStream(keys), screen)
                .type("xterm").size(new Size(60, 12)).build();
    }

    @AfterEach
    void close() throws Exception {
        terminal.close();
        connection.close();
    }

    private StatementExecutor executor(ResultMode mode) {
        MessagePrinter messages = new MessagePrinter(new PrintWriter(out, true), new PrintWriter(err, true), false);
        TableauPrinter tableau = new TableauPrinter(new PrintWriter(out, true), 30);
        return new StatementExecutor(connection, tableau, new PlainTextPrinter(new PrintWriter(out, true)),
                QueryResultPrinter.onTerminal(new ResultModeSetting(mode), tableau, terminal, 30), messages);
    }

    private static CompletableFuture<Boolean> start(StatementExecutor executor, String sql) {
        return CompletableFuture.supplyAsync(() -> executor.execute(new ScriptStatement(sql, 1, 1), null));
    }

    private String screenText() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    private static void waitFor(Supplier<String> text, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!text.get().contains(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Never saw '" + expected + "' in:\n" + text.get());
            }
            Thread.sleep(20);
        }
    }

    private static void assertNoReaderThreadLeft() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("eddy-result-reader"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("a result reader thread is still running");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void tableauPrintsChangesAsTheyArrive() {
        StatementExecutor executor = executor(ResultMode.TABLEAU);
        assertThat(executor.execute(new ScriptStatement("SELECT * FROM ticker", 1, 1), null)).isTrue();
        assertThat(out.toString()).isEqualTo(ChangingEngineProvider.TICKER_TABLEAU);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void ctrlCCancelsATableauQueryAndTheShellGoesOn() throws Exception {
        StatementExecutor executor = executor(ResultMode.TABLEAU);
        CompletableFuture<Boolean> running = start(executor, "SELECT * FROM stalled");
        waitFor(out::toString, "| +U |");
        executor.cancel();
        assertThat(running.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(out.toString()).endsWith("""
                | +U |                          hello |                    2 |
                +----+--------------------------------+----------------------+
                Query terminated, received a total of 4 rows
                [INFO] Statement was cancelled.
                """);
        assertThat(err.toString()).isEmpty();
        assertThat(executor.execute(new ScriptStatement("SHOW DATABASES", 1, 1), null)).isTrue();
        assertThat(out.toString()).endsWith("1 row in set\n");
    }

    @Test
    void qLeavesTheChangelogViewAndCancelsTheQuery() throws Exception {
        StatementExecutor executor = executor(ResultMode.CHANGELOG);
        CompletableFuture<Boolean> running = start(executor, "SELECT * FROM stalled");
        waitFor(this::screenText, "+U");
        assertThat(screenText()).contains("SQL Query Result (Changelog)").contains("Query running")
                .contains("Q Quit");
        keys.write('q');
        keys.flush();
        assertThat(running.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertNoReaderThreadLeft();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void scrollsWhenRowsDoNotFit() throws Exception {
        terminal.setSize(new Size(60, 7));
        StatementExecutor executor = executor(ResultMode.CHANGELOG);
        CompletableFuture<Boolean> running = start(executor, "SELECT * FROM stalled");
        waitFor(this::screenText, "3-4 shown  Changes: 4");
        assertThat(screenText()).contains("Up/Down PgUp/PgDn Home/End");
        keys.write('g');
        keys.flush();
        waitFor(this::screenText, "SCROLLED 1-2 shown");
        keys.write('q');
        keys.flush();
        assertThat(running.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertNoReaderThreadLeft();
    }

    @Test
    void ctrlCLeavesTheTableViewAndReportsTheCancellation() throws Exception {
        StatementExecutor executor = executor(ResultMode.TABLE);
        CompletableFuture<Boolean> running = start(executor, "SELECT * FROM stalled");
        waitFor(this::screenText, "Rows: 2");
        assertThat(screenText()).contains("SQL Query Result (Table)").doesNotContain("+U");
        executor.cancel();
        assertThat(running.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertNoReaderThreadLeft();
        assertThat(out.toString()).isEqualTo("[INFO] Statement was cancelled.\n");
        assertThat(executor.execute(new ScriptStatement("SET 'sql-client.execution.result-mode' = 'tableau'", 1, 1),
                null)).isTrue();
        assertThat(executor.execute(new ScriptStatement("SELECT * FROM ticker", 1, 1), null)).isTrue();
        assertThat(out.toString()).endsWith("Received a total of 4 rows\n");
    }

    @Test
    void aFinishedResultStaysOnScreenUntilTheUserLeaves() throws Exception {
        StatementExecutor executor = executor(ResultMode.TABLE);
        CompletableFuture<Boolean> running = start(executor, "SELECT * FROM ticker");
        waitFor(this::screenText, "finished");
        assertThat(running).isNotDone();
        keys.write('Q');
        keys.flush();
        assertThat(running.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertNoReaderThreadLeft();
    }

    @Test
    void ctrlCLeavesAFinishedViewAsAtThePrompt() throws Exception {
        StatementExecutor executor = executor(ResultMode.TABLE);
        terminal.handle(Terminal.Signal.INT, signal -> executor.cancel());
        CompletableFuture<Boolean> running = start(executor, "SELECT * FROM ticker");
        waitFor(this::screenText, "finished");
        terminal.raise(Terminal.Signal.INT);
        assertThat(running.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertNoReaderThreadLeft();
        assertThat(out.toString()).isEqualTo("[INFO] Statement was cancelled.\n");
        assertThat(terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_DFL).getClass().getName())
                .as("the shell's Ctrl-C handler is back").startsWith(StreamingResultTest.class.getName());
    }

    @Test
    void aFailingQueryLeavesTheViewAndReportsItsError() throws Exception {
        StatementExecutor executor = executor(ResultMode.TABLE);
        assertThat(start(executor, "SELECT * FROM broken").get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isFalse();
        assertNoReaderThreadLeft();
        assertThat(err.toString()).isEqualTo("[ERROR] " + ChangingEngineProvider.FAILURE + "\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFailingQueryInTableauKeepsItsRowsAndReportsItsError() {
        StatementExecutor executor = executor(ResultMode.TABLEAU);
        assertThat(executor.execute(new ScriptStatement("SELECT * FROM broken", 1, 1), "job.sql")).isFalse();
        assertThat(out.toString()).endsWith("""
                | +U |                          hello |                    2 |
                +----+--------------------------------+----------------------+
                """);
        assertThat(err.toString()).isEqualTo("[ERROR] job.sql: line 1: " + ChangingEngineProvider.FAILURE + "\n");
    }

    @Test
    void aDumbTerminalShowsEveryModeAsTableau() throws Exception {
        try (Terminal dumb = TerminalBuilder.builder().system(false).dumb(true).type(Terminal.TYPE_DUMB)
                .streams(new PipedInputStream(), screen).build()) {
            TableauPrinter tableau = new TableauPrinter(new PrintWriter(out, true), 30);
            QueryResultPrinter printer = QueryResultPrinter.onTerminal(new ResultModeSetting(ResultMode.TABLE),
                    tableau, dumb, 30);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT * FROM ticker")) {
                assertThat(printer.print(rows)).isEqualTo(4);
            }
        }
        assertThat(out.toString()).isEqualTo(ChangingEngineProvider.TICKER_TABLEAU);
    }

    @Test
    void anInvalidModeIsRejectedWithoutRunning() throws SQLException, IOException {
        StatementExecutor executor = executor(ResultMode.TABLE);
        assertThat(executor.execute(new ScriptStatement("SET 'sql-client.execution.result-mode' = 'grid'", 1, 1),
                "init.sql")).isFalse();
        assertThat(err.toString()).isEqualTo("[ERROR] init.sql: line 1: Invalid value 'grid' for "
                + "'sql-client.execution.result-mode': expected 'table', 'changelog' or 'tableau'\n");
    }
}

package io.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the shell through a real terminal: the shell runs inside tmux, the test types with
 * {@code send-keys} and reads the screen with {@code capture-pane}. Skipped without tmux.
 */
class InteractiveShellTest {

    private static final Path TMUX = Path.of("/usr/bin/tmux");
    private static final long TIMEOUT_MILLIS = 20_000;

    @TempDir
    Path home;

    private String socket;

    @BeforeEach
    void startShell() throws Exception {
        assumeTrue(Files.isExecutable(TMUX), "tmux is not installed");
        socket = home.resolve("tmux.socket").toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ",
                "env", "EDDY_HOME=" + quote(home.toString()),
                quote(java), "-cp", quote(System.getProperty("java.class.path")),
                "io.eddy.shell.Main", "-u", quote("jdbc:eddy:?engine=changing"),
                "; echo \"shell exited with $?\"; sleep 60");
        tmux("new-session", "-d", "-s", "eddy", "-x", "150", "-y", "60", command);
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (socket != null) {
            tmux("kill-server");
        }
    }

    @Test
    void runsStatementsAtThePrompt() throws Exception {
        waitForScreen("eddy> ");
        type("SET 'sql-client.execution.result-mode' = 'tableau';");
        waitForScreen("[INFO] Execute statement succeeded.\neddy> ");

        type("SELECT *");
        waitForScreen("    > ");
        type("FROM numbers;");
        String screen = waitForScreen("3 rows in set");
        assertThat(screen).contains("eddy> SELECT *\n    > FROM numbers;\n"
                + "+----------------------+--------------------------------+");
        assertThat(screen).contains("|                    2 |                            two |");

        type("SELECT * FROM endless;");
        waitForScreen("|                    n |\n+----------------------+\n|                    1 |");
        tmux("send-keys", "-t", "eddy", "C-c");
        waitForScreen("+----------------------+\n"
                + "Query terminated, received a total of 1 row\n[INFO] Statement was cancelled.\neddy> ");

        tmux("send-keys", "-t", "eddy", "C-c");
        waitForScreen("[INFO] Statement was cancelled.\neddy> \neddy> ");
        type("SELECT oops;");
        waitForScreen("[HINT] Did you mean 'ops'?");
        assertThat(screen()).contains("[ERROR] line 1, column 8: Column 'oops' not found in any table");

        tmux("send-keys", "-t", "eddy", "-l", "sel");
        tmux("send-keys", "-t", "eddy", "Tab");
        tmux("send-keys", "-t", "eddy", "-l", "* from numb");
        tmux("send-keys", "-t", "eddy", "Tab");
        waitForScreen("eddy> select * from numbers ");
        tmux("send-keys", "-t", "eddy", "-H", "3b");
        tmux("send-keys", "-t", "eddy", "Enter");
        waitForScreen("eddy> select * from numbers ;\n+---");

        type("SET 'sql-client.execution.result-mode' = 'table';");
        type("SELECT * FROM ticker;");
        waitForView("SQL Query Result (Table)");
        screen = waitForView("Query finished");
        assertThat(screen).contains("                          word                  cnt\n")
                .contains("                         world                    1\n")
                .contains("                         hello                    2\n")
                .containsPattern("Q Quit +Rows: 2");
        tmux("send-keys", "-t", "eddy", "q");
        waitForScreen("eddy> SELECT * FROM ticker;\neddy> ");

        type("SET 'sql-client.execution.result-mode' = 'changelog';");
        type("SELECT * FROM stalled;");
        waitForView("SQL Query Result (Changelog)");
        screen = waitForView(" +U                          hello                    2");
        assertThat(screen).contains("Query running").contains(" -U                          hello   ")
                .containsPattern("Q Quit +Changes: 4");
        tmux("send-keys", "-t", "eddy", "C-c");
        waitForScreen("eddy> SELECT * FROM stalled;\n[INFO] Statement was cancelled.\neddy> ");

        type("QUIT;");
        waitForScreen("shell exited with 0");
        assertThat(Files.readString(home.resolve("history"), StandardCharsets.UTF_8))
                .contains("FROM numbers;").contains("SELECT oops;");
    }

    /** Types a line; a trailing semicolon goes as hex because tmux reads it as a command separator. */
    private void type(String text) throws Exception {
        boolean semicolon = text.endsWith(";");
        tmux("send-keys", "-t", "eddy", "-l", semicolon ? text.substring(0, text.length() - 1) : text);
        if (semicolon) {
            tmux("send-keys", "-t", "eddy", "-H", "3b");
        }
        tmux("send-keys", "-t", "eddy", "Enter");
    }

    private String waitForScreen(String expected) throws Exception {
        return waitFor(expected, "-J");
    }

    /**
     * Waits for a full-screen view to show {@code expected}. Its lines are read as drawn, without
     * joining: the view may reach the next line by letting the terminal wrap.
     */
    private String waitForView(String expected) throws Exception {
        return waitFor(expected, "-q");
    }

    private String waitFor(String expected, String captureOption) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        String screen = screen(captureOption);
        while (!screen.contains(expected)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Screen never showed '" + expected + "':\n" + screen);
            }
            Thread.sleep(50);
            screen = screen(captureOption);
        }
        return screen;
    }

    private String screen() throws Exception {
        return screen("-J");
    }

    private String screen(String captureOption) throws Exception {
        return tmux("capture-pane", "-p", captureOption, "-t", "eddy");
    }

    private String tmux(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(TMUX.toString(), "-S", socket));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("tmux did not answer: " + command);
        }
        return output;
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}

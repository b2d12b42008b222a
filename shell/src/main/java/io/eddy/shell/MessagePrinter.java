package io.eddy.shell;

import static java.util.Objects.requireNonNull;

import io.eddy.jdbc.spi.EddySqlException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Prints status lines and errors as Flink's SQL client does: {@code [INFO] ...} and
 * {@code [ERROR] ...}, one line each, an error's position mapped to the script it came from and
 * its hint on a line of its own. Stack traces only when verbose.
 */
public final class MessagePrinter {

    /** The status printed for a statement without rows that reported nothing else. */
    public static final String SUCCESS = "[INFO] Execute statement succeeded.";

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;

    public MessagePrinter(PrintWriter out, PrintWriter err, boolean verbose) {
        this.out = requireNonNull(out, "out is null");
        this.err = requireNonNull(err, "err is null");
        this.verbose = verbose;
    }

    /** Prints the status of a statement that produced no rows. */
    public void status(Optional<String> message, Optional<String> jobId) {
        if (jobId.isPresent()) {
            out.println("[INFO] SQL update statement has been successfully submitted to the cluster:");
            out.println("Job ID: " + jobId.get());
        } else {
            out.println(message.map(text -> "[INFO] " + text).orElse(SUCCESS));
        }
        out.flush();
    }

    /** Prints an informational line. */
    public void info(String message) {
        out.println("[INFO] " + message);
        out.flush();
    }

    /**
     * Prints an error.
     *
     * @param source the script's name, or null for statements typed or given with {@code -e}
     * @param statement where the failing statement starts (to map the error's position), or null
     */
    public void error(Throwable error, String source, ScriptStatement statement) {
        StringBuilder line = new StringBuilder("[ERROR] ");
        if (source != null) {
            line.append(source).append(": ");
        }
        String hint = null;
        if (error instanceof EddySqlException eddy) {
            hint = eddy.hint().orElse(null);
            if (eddy.line().isPresent()) {
                int statementColumn = eddy.column().orElse(1);
                int[] position = statement == null
                        ? new int[] {eddy.line().getAsInt(), statementColumn}
                        : statement.scriptPosition(eddy.line().getAsInt(), statementColumn);
                line.append("line ").append(position[0]);
                if (eddy.column().isPresent()) {
                    line.append(", column ").append(position[1]);
                }
                line.append(": ");
            }
        } else if (statement != null && source != null) {
            line.append("line ").append(statement.line()).append(": ");
        }
        line.append(oneLine(error));
        err.println(line);
        if (hint != null) {
            err.println("[HINT] " + hint);
        }
        if (verbose) {
            error.printStackTrace(err);
        }
        err.flush();
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            message = error instanceof SQLException ? "SQL error" : error.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

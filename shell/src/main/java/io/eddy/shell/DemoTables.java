package io.eddy.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The built-in tables the prompt of the embedded engine starts with, so a first query shows
 * results at once: {@code bids}, {@code auctions} and {@code persons}, temporary tables over the
 * Nexmark generator at 1,000 events per second with event-time watermarks. {@code --no-demo}
 * leaves them out.
 */
final class DemoTables {

    private static final String SCRIPT = "demo-tables.sql";

    private DemoTables() {
    }

    /** Creates the tables and prints a one-line hint; a failure is printed, not thrown. */
    static void create(Connection connection, PrintWriter out) {
        try (Statement statement = connection.createStatement()) {
            for (String sql : script().split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            out.println("Built-in tables (Nexmark, 1,000 events/s): bids, auctions, persons. "
                    + "Try: SELECT * FROM bids;");
        } catch (SQLException e) {
            out.println("[WARNING] The built-in tables could not be created: " + e.getMessage());
        }
        out.flush();
    }

    private static String script() {
        try (InputStream in = DemoTables.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

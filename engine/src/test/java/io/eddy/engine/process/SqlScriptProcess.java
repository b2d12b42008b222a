package io.eddy.engine.process;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The Eddy process of process-level tests: runs the statements of a SQL script (separated by a
 * {@code ;} at the end of a line) through the embedded engine's JDBC driver and exits when the last
 * one returns. With {@code table.dml-sync} set, an INSERT over an unbounded source keeps the process
 * running until it is killed, as a user's {@code eddy -f script.sql} would.
 */
public final class SqlScriptProcess {

    private SqlScriptProcess() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SqlScriptProcess <script.sql>");
            System.exit(2);
        }
        String script = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:");
                Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql.strip());
                }
            }
        }
    }
}

package io.eddy.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A separate program for {@link PersistenceTest}: runs the statements given after the URL, then
 * prints {@code table: <name>} for each table.
 */
public final class ListTablesProgram {

    private ListTablesProgram() {
    }

    public static void main(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0]);
                Statement statement = connection.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                statement.execute(args[i]);
            }
            try (ResultSet tables = statement.executeQuery("SHOW TABLES")) {
                while (tables.next()) {
                    System.out.println("table: " + tables.getString(1));
                }
            }
        }
    }
}

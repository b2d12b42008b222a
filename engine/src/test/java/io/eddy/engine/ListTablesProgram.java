package io.eddy.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A separate program for {@link PersistenceTest}: prints {@code table: <name>} for each table of a URL. */
public final class ListTablesProgram {

    private ListTablesProgram() {
    }

    public static void main(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0]);
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("SHOW TABLES")) {
            while (tables.next()) {
                System.out.println("table: " + tables.getString(1));
            }
        }
    }
}

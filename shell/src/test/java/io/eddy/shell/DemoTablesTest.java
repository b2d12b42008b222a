package io.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The built-in tables of the prompt: created on the embedded engine, and a first query has rows. */
class DemoTablesTest {

    @Test
    void aFirstQueryOverTheBuiltInBidsShowsRows() throws Exception {
        StringWriter text = new StringWriter();
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:")) {
            DemoTables.create(connection, new PrintWriter(text));
            assertThat(text.toString()).startsWith("Built-in tables (Nexmark, 1,000 events/s): bids, auctions, persons.");
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT auction, price, date_time FROM bids")) {
                for (int i = 0; i < 3; i++) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getLong("auction")).isPositive();
                    assertThat(rows.getTimestamp("date_time")).isNotNull();
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet tables = statement.executeQuery("SHOW TABLES")) {
                StringBuilder names = new StringBuilder();
                while (tables.next()) {
                    names.append(tables.getString(1)).append(' ');
                }
                assertThat(names.toString()).isEqualTo("auctions bids persons ");
            }
        }
    }
}

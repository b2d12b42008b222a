package io.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.jdbc.spi.EddySqlException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TableauPrinterTest {

    private static String print(String sql, int maxWidth) throws SQLException {
        StringWriter text = new StringWriter();
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:?engine=scripted");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            new TableauPrinter(new PrintWriter(text), maxWidth).print(rows);
        }
        return text.toString();
    }

    @Test
    void printsATable() throws SQLException {
        assertThat(print("SELECT * FROM numbers", 30)).isEqualTo("""
                +----------------------+--------------------------------+--------------+-------------------------+-------+------------+
                |                   id |                           name |        price |                      ts |    ok |        day |
                +----------------------+--------------------------------+--------------+-------------------------+-------+------------+
                |                    1 |                            one |         1.50 | 2024-05-01 12:00:00.123 |  TRUE | 2024-05-01 |
                |                    2 |                            two |        20.00 | 2024-05-02 08:30:00.000 | FALSE | 2024-05-02 |
                |                    3 |                           NULL |         NULL |                    NULL |  NULL |       NULL |
                +----------------------+--------------------------------+--------------+-------------------------+-------+------------+
                3 rows in set
                """);
    }

    @Test
    void cutsWideValues() throws SQLException {
        assertThat(print("SELECT * FROM numbers", 6).lines().skip(3).findFirst().orElseThrow())
                .isEqualTo("|      1 |    one |   1.50 | 202... |  TRUE | 202... |");
    }

    @Test
    void printsAChangelogWithRowKinds() throws SQLException {
        assertThat(print("SELECT * FROM changes", 30)).isEqualTo("""
                +----+--------------------------------+----------------------+
                | op |                           word |                  cnt |
                +----+--------------------------------+----------------------+
                | +I |                          hello |                    1 |
                | -U |                          hello |                    1 |
                | +U |                          hello |                    2 |
                | -D |                          hello |                    2 |
                +----+--------------------------------+----------------------+
                Received a total of 4 rows
                """);
    }

    @Test
    void printsErrorsWithScriptPositionAndHint() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        MessagePrinter messages = new MessagePrinter(new PrintWriter(out), new PrintWriter(err), false);
        EddySqlException error = new EddySqlException("Column 'oops' not found in any table", "42000", 2, 3,
                "Did you mean 'ops'?", null);
        messages.error(error, "script.sql", new ScriptStatement("SELECT\n  oops", 12, 5));
        messages.error(new SQLException("Connection is closed"), null, null);
        assertThat(err.toString()).isEqualTo("""
                [ERROR] script.sql: line 13, column 3: Column 'oops' not found in any table
                [HINT] Did you mean 'ops'?
                [ERROR] Connection is closed
                """);
        assertThat(out.toString()).isEmpty();
    }
}

package io.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.jdbc.EddyStatement;
import io.eddy.jdbc.spi.EddySqlException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plain JDBC program against the embedded engine: DriverManager, DDL, SHOW, result sets and metadata. */
class JdbcProgramTest {

    @Test
    void createsAndListsTablesThroughPlainJdbc() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:?test=program");
                Statement statement = connection.createStatement()) {
            assertThat(statement.execute("CREATE TABLE clicks (user_id BIGINT, url STRING) "
                    + "WITH ('connector' = 'datagen')")).isFalse();
            assertThat(statement.getUpdateCount()).isZero();
            assertThat(statement.unwrap(EddyStatement.class).getStatusMessage())
                    .contains("Execute statement succeeded.");
            assertThat(statement.executeUpdate("CREATE VIEW busy AS SELECT user_id FROM clicks")).isZero();

            try (ResultSet tables = statement.executeQuery("SHOW TABLES")) {
                ResultSetMetaData meta = tables.getMetaData();
                assertThat(meta.getColumnCount()).isEqualTo(1);
                assertThat(meta.getColumnLabel(1)).isEqualTo("table name");
                assertThat(meta.getColumnType(1)).isEqualTo(Types.VARCHAR);
                assertThat(meta.getColumnDisplaySize(1)).as("the longest name").isEqualTo("clicks".length());
                assertThat(strings(tables, 1)).containsExactly("busy", "clicks");
            }
            try (ResultSet columns = statement.executeQuery("DESCRIBE clicks")) {
                ResultSetMetaData meta = columns.getMetaData();
                assertThat(List.of(meta.getColumnLabel(1), meta.getColumnLabel(2), meta.getColumnLabel(3),
                        meta.getColumnLabel(4), meta.getColumnLabel(5), meta.getColumnLabel(6)))
                        .containsExactly("name", "type", "null", "key", "extras", "watermark");
                assertThat(meta.getColumnType(3)).isEqualTo(Types.BOOLEAN);
                assertThat(columns.next()).isTrue();
                assertThat(columns.getString("name")).isEqualTo("user_id");
                assertThat(columns.getString("type")).isEqualTo("BIGINT");
                assertThat(columns.getBoolean("null")).isTrue();
                assertThat(columns.getString("key")).isNull();
            }
        }
    }

    @Test
    void databaseMetaDataBrowsesTheCatalogs() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:?test=metadata");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (id BIGINT NOT NULL, amount DECIMAL(10, 2)) "
                    + "WITH ('connector' = 'datagen')");
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet tables = meta.getTables(null, null, "ord%", null)) {
                assertThat(tables.next()).isTrue();
                assertThat(tables.getString("TABLE_CAT")).isEqualTo("default_catalog");
                assertThat(tables.getString("TABLE_SCHEM")).isEqualTo("default_database");
                assertThat(tables.getString("TABLE_NAME")).isEqualTo("orders");
                assertThat(tables.next()).isFalse();
            }
            try (ResultSet columns = meta.getColumns("default_catalog", "default_database", "orders", null)) {
                assertThat(columns.next()).isTrue();
                assertThat(columns.getString("COLUMN_NAME")).isEqualTo("id");
                assertThat(columns.getInt("NULLABLE")).isEqualTo(DatabaseMetaData.columnNoNulls);
                assertThat(columns.next()).isTrue();
                assertThat(columns.getInt("DATA_TYPE")).isEqualTo(Types.DECIMAL);
            }
        }
    }

    @Test
    void showFunctionsListsBuiltInsAndUserFunctions() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:?test=functions");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE FUNCTION shout AS 'io.eddy.engine.testplugins.Shout'");
            List<String> all;
            try (ResultSet rows = statement.executeQuery("SHOW FUNCTIONS")) {
                assertThat(rows.getMetaData().getColumnLabel(1)).isEqualTo("function name");
                all = strings(rows, 1);
            }
            assertThat(all).contains("upper", "lower", "abs", "count", "shout").isSorted();
            try (ResultSet rows = statement.executeQuery("SHOW USER FUNCTIONS")) {
                assertThat(strings(rows, 1)).containsExactly("shout");
            }
        }
    }

    @Test
    void errorsCarrySqlStatePositionAndHint() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:?test=errors");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bids (price BIGINT) WITH ('connector' = 'datagen')");
            assertThatThrownBy(() -> statement.executeQuery("SELECT price\nFROM bidz"))
                    .isInstanceOfSatisfying(EddySqlException.class, error -> {
                        assertThat(error.getSQLState()).isEqualTo(EddySqlException.UNKNOWN_OBJECT);
                        assertThat(error.getMessage()).isEqualTo("Object 'bidz' not found");
                        assertThat(error.line()).hasValue(2);
                        assertThat(error.column()).hasValue(6);
                        assertThat(error.hint()).contains("Did you mean 'bids'?");
                    });
            assertThatThrownBy(() -> statement.execute("SELECT price FROM bids ORDER BY price"))
                    .isInstanceOfSatisfying(EddySqlException.class, error -> {
                        assertThat(error.getSQLState()).isEqualTo(EddySqlException.UNSUPPORTED);
                        assertThat(error.getMessage())
                                .isEqualTo("ORDER BY a non-time column without LIMIT is not supported on streams");
                    });
        }
    }

    @Test
    void connectionsShareCatalogsButNotTheirCurrentDatabase() throws SQLException {
        String url = "jdbc:eddy:?test=shared";
        try (Connection first = DriverManager.getConnection(url);
                Connection second = DriverManager.getConnection(url);
                Statement one = first.createStatement();
                Statement two = second.createStatement()) {
            one.execute("CREATE DATABASE analytics");
            one.execute("USE analytics");
            one.execute("CREATE TABLE t (x INT) WITH ('connector' = 'datagen')");
            one.execute("SET 'pipeline.name' = 'first'");
            try (ResultSet current = two.executeQuery("SHOW CURRENT DATABASE")) {
                assertThat(strings(current, 1)).containsExactly("default_database");
            }
            try (ResultSet tables = two.executeQuery("SHOW TABLES FROM analytics")) {
                assertThat(strings(tables, 1)).containsExactly("t");
            }
            try (ResultSet options = two.executeQuery("SET")) {
                assertThat(strings(options, 1)).doesNotContain("pipeline.name");
            }
            try (ResultSet tables = one.executeQuery("SHOW TABLES")) {
                assertThat(strings(tables, 1)).containsExactly("t");
            }
        }
    }

    @Test
    void aSessionWhoseDatabaseWasDroppedElsewhereFallsBackToTheDefault() throws SQLException {
        String url = "jdbc:eddy:?test=dropped";
        try (Connection first = DriverManager.getConnection(url);
                Connection second = DriverManager.getConnection(url);
                Statement one = first.createStatement();
                Statement two = second.createStatement()) {
            one.execute("CREATE DATABASE temporary_work");
            one.execute("USE temporary_work");
            two.execute("DROP DATABASE temporary_work CASCADE");
            try (ResultSet current = one.executeQuery("SHOW CURRENT DATABASE")) {
                assertThat(strings(current, 1)).containsExactly("default_database");
            }
        }
    }

    private static List<String> strings(ResultSet rows, int column) throws SQLException {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
            values.add(rows.getString(column));
        }
        return values;
    }
}

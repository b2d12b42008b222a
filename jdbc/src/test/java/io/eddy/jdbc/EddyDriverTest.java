package io.eddy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.jdbc.spi.RowKind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EddyDriverTest {

    private Connection connection;

    @BeforeEach
    void connect() throws SQLException {
        connection = DriverManager.getConnection("jdbc:eddy:?engine=scripted");
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void readsRowsWithConversions() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM numbers;")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).isEqualTo(1L);
            assertThat(rows.getInt("ID")).isEqualTo(1);
            assertThat(rows.getString(1)).isEqualTo("1");
            assertThat(rows.getString("name")).isEqualTo("one");
            assertThat(rows.getBigDecimal(3)).isEqualTo(new BigDecimal("1.50"));
            assertThat(rows.getDouble(3)).isEqualTo(1.5);
            assertThat(rows.getString(3)).isEqualTo("1.50");
            assertThat(rows.getString(4)).isEqualTo("2024-05-01 12:00:00.123");
            assertThat(rows.getTimestamp(4)).isEqualTo(Timestamp.valueOf(LocalDateTime.of(2024, 5, 1, 12, 0, 0, 123_000_000)));
            assertThat(rows.getObject(4)).isInstanceOf(Timestamp.class);
            assertThat(rows.getObject(4, LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 5, 1, 12, 0, 0, 123_000_000));
            assertThat(rows.getBoolean(5)).isTrue();
            assertThat(rows.getString(5)).isEqualTo("TRUE");
            assertThat(rows.getObject(6, LocalDate.class)).isEqualTo(LocalDate.of(2024, 5, 1));
            assertThat(rows.getDate(6)).isEqualTo(java.sql.Date.valueOf("2024-05-01"));
            assertThat(rows.wasNull()).isFalse();
            assertThatThrownBy(() -> rows.getInt(2))
                    .isInstanceOf(SQLDataException.class)
                    .hasMessage("Cannot convert STRING value 'one' to INT");
            assertThatThrownBy(() -> rows.getString(7)).hasMessage("Column index 7 is out of range 1..6");
            assertThatThrownBy(() -> rows.findColumn("nope")).hasMessage("No column named 'nope' in the result");

            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(4)).isEqualTo("2024-05-02 08:30:00.000");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).isNull();
            assertThat(rows.wasNull()).isTrue();
            assertThat(rows.getLong(3)).isZero();
            assertThat(rows.wasNull()).isTrue();
            assertThat(rows.getObject(4)).isNull();
            assertThat(rows.next()).isFalse();
            assertThat(rows.next()).isFalse();
            assertThatThrownBy(() -> rows.getString(1)).hasMessage("No current row: the result set has ended");
        }
    }

    @Test
    void describesResultColumns() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM numbers")) {
            ResultSetMetaData meta = rows.getMetaData();
            assertThat(meta.getColumnCount()).isEqualTo(6);
            assertThat(meta.getColumnName(1)).isEqualTo("id");
            assertThat(meta.getColumnLabel(2)).isEqualTo("name");
            assertThat(meta.getColumnType(3)).isEqualTo(Types.DECIMAL);
            assertThat(meta.getColumnTypeName(3)).isEqualTo("DECIMAL(10, 2)");
            assertThat(meta.getPrecision(3)).isEqualTo(10);
            assertThat(meta.getScale(3)).isEqualTo(2);
            assertThat(meta.isNullable(1)).isEqualTo(ResultSetMetaData.columnNoNulls);
            assertThat(meta.isNullable(2)).isEqualTo(ResultSetMetaData.columnNullable);
            assertThat(meta.getColumnClassName(1)).isEqualTo("java.lang.Long");
            assertThat(meta.getColumnClassName(4)).isEqualTo("java.sql.Timestamp");
            assertThat(meta.getColumnDisplaySize(4)).isEqualTo(23);
            assertThat(meta.isSigned(1)).isTrue();
        }
    }

    @Test
    void exposesRowKindsOfAChangelog() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM changes")) {
            EddyResultSet eddy = rows.unwrap(EddyResultSet.class);
            assertThat(eddy.isChangelog()).isTrue();
            List<String> changes = new ArrayList<>();
            while (rows.next()) {
                changes.add(eddy.getRowKind().shortString() + rows.getString(1) + rows.getLong(2));
            }
            assertThat(changes).containsExactly("+Ihello1", "-Uhello1", "+Uhello2", "-Dhello2");
        }
    }

    @Test
    void reportsStatusOfStatementsWithoutRows() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            assertThat(statement.execute("CREATE TABLE t (a INT)")).isFalse();
            assertThat(statement.getUpdateCount()).isZero();
            assertThat(statement.getResultSet()).isNull();
            assertThat(statement.unwrap(EddyStatement.class).getStatusMessage()).contains("Table has been created.");
            assertThat(statement.getMoreResults()).isFalse();
            assertThat(statement.getUpdateCount()).isEqualTo(-1);
            assertThat(statement.executeUpdate("INSERT INTO t VALUES (1)")).isZero();
            assertThat(statement.unwrap(EddyStatement.class).getJobId()).contains("4f1c2d3e");
            assertThatThrownBy(() -> statement.executeQuery("CREATE TABLE u (a INT)"))
                    .hasMessage("Statement returned no result set: CREATE TABLE u (a INT)");
        }
    }

    @Test
    void errorsAreSqlExceptionsWithPosition() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("SELECT oops FROM t"))
                    .isInstanceOfSatisfying(EddySqlException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("Column 'oops' not found in any table");
                        assertThat(e.getSQLState()).isEqualTo("42000");
                        assertThat(e.line()).hasValue(1);
                        assertThat(e.column()).hasValue(8);
                        assertThat(e.hint()).contains("Did you mean 'ops'?");
                    });
            assertThatThrownBy(() -> statement.execute("  ")).hasMessage("No SQL statement given");
        }
    }

    @Test
    void cancelStopsABlockingStream() throws Exception {
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM endless");
        assertThat(rows.next()).isTrue();
        CompletableFuture<Boolean> blocked = CompletableFuture.supplyAsync(() -> {
            try {
                return rows.next();
            } catch (SQLException e) {
                throw new IllegalStateException(e.getSQLState() + " " + e.getMessage(), e);
            }
        });
        Thread.sleep(50);
        assertThat(blocked).isNotDone();
        statement.cancel();
        assertThatThrownBy(() -> blocked.get(5, TimeUnit.SECONDS))
                .hasRootCauseMessage("Statement was cancelled")
                .hasMessageContaining("57014");
        statement.close();
        assertThat(rows.isClosed()).isTrue();
    }

    @Test
    void cancelStopsARunningStatement() throws Exception {
        Statement statement = connection.createStatement();
        CompletableFuture<Boolean> running = CompletableFuture.supplyAsync(() -> {
            try {
                return statement.execute("SLEEP");
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        Thread.sleep(50);
        statement.cancel();
        assertThatThrownBy(() -> running.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("Statement was cancelled");
    }

    @Test
    void queryTimeoutStopsAStream() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            ResultSet rows = statement.executeQuery("SELECT * FROM endless");
            assertThat(rows.next()).isTrue();
            assertThatThrownBy(rows::next)
                    .isInstanceOf(SQLTimeoutException.class)
                    .hasMessage("Statement timed out after 1 seconds");
        }
    }

    @Test
    void maxRowsEndsTheResult() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setMaxRows(2);
            ResultSet rows = statement.executeQuery("SELECT * FROM numbers");
            assertThat(rows.next()).isTrue();
            assertThat(rows.next()).isTrue();
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void closeOnCompletionClosesTheStatementWithItsResultSet() throws SQLException {
        Statement statement = connection.createStatement();
        statement.closeOnCompletion();
        ResultSet rows = statement.executeQuery("SELECT * FROM numbers");
        while (rows.next()) {
            assertThat(statement.isClosed()).isFalse();
        }
        assertThat(statement.isClosed()).isFalse();
        rows.close();
        assertThat(statement.isClosed()).isTrue();
    }

    @Test
    void catalogAndSchemaGoThroughTheSession() throws SQLException {
        assertThat(connection.getCatalog()).isEqualTo("default_catalog");
        connection.setCatalog("other`s");
        assertThat(ScriptedEngineProvider.EXECUTED).contains("USE CATALOG `other``s`");
        assertThat(connection.getCatalog()).isEqualTo("other`s");
        connection.setSchema("db1");
        assertThat(connection.getSchema()).isEqualTo("db1");
        assertThat(connection.getAutoCommit()).isTrue();
        assertThat(connection.isValid(1)).isTrue();
        assertThatThrownBy(() -> connection.setAutoCommit(false))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessage("Eddy's JDBC driver does not support transactions (auto-commit is always on)");
    }

    @Test
    void databaseMetaDataBrowsesCatalogs() throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        assertThat(meta.getDatabaseProductName()).isEqualTo("Eddy");
        assertThat(meta.getIdentifierQuoteString()).isEqualTo("`");
        assertThat(strings(meta.getCatalogs(), "TABLE_CAT")).containsExactly("default_catalog", "other_catalog");
        assertThat(strings(meta.getSchemas("default_catalog", "%"), "TABLE_SCHEM")).containsExactly("default_database");

        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables("default_catalog", "default_database", "%", null)) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_CAT") + "." + rows.getString("TABLE_SCHEM") + "."
                        + rows.getString("TABLE_NAME") + ":" + rows.getString("TABLE_TYPE"));
            }
        }
        assertThat(tables).containsExactly("default_catalog.default_database.changes:TABLE",
                "default_catalog.default_database.numbers:TABLE", "default_catalog.default_database.v1:VIEW");
        assertThat(strings(meta.getTables("default_catalog", null, "n%", new String[] {"TABLE"}), "TABLE_NAME"))
                .containsExactly("numbers");
        assertThat(strings(meta.getTables("default_catalog", null, "%", new String[] {"VIEW"}), "TABLE_NAME"))
                .containsExactly("v1");

        List<String> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns("default_catalog", "default_database", "numbers", "%")) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME") + " " + rows.getInt("DATA_TYPE") + " "
                        + rows.getString("TYPE_NAME") + " " + rows.getInt("COLUMN_SIZE") + " "
                        + rows.getString("IS_NULLABLE") + " " + rows.getInt("ORDINAL_POSITION"));
            }
        }
        assertThat(columns).containsExactly("id -5 BIGINT 19 NO 1", "name 12 STRING 2147483647 YES 2",
                "price 3 DECIMAL(10, 2) 10 YES 3", "ts 93 TIMESTAMP(3) 3 YES 4");
        try (ResultSet keys = meta.getPrimaryKeys(null, null, "numbers")) {
            assertThat(keys.next()).isTrue();
            assertThat(keys.getString("TABLE_CAT") + "." + keys.getString("TABLE_SCHEM") + "."
                    + keys.getString("TABLE_NAME") + "." + keys.getString("COLUMN_NAME") + " " + keys.getShort("KEY_SEQ"))
                    .isEqualTo("default_catalog.default_database.numbers.id 1");
            assertThat(keys.next()).isFalse();
        }
        assertThatThrownBy(() -> meta.getProcedures(null, null, null))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessage("Eddy's JDBC driver does not support DatabaseMetaData.getProcedures");
    }

    @Test
    void preparedStatementsWithoutParametersRun() throws SQLException {
        try (var prepared = connection.prepareStatement("SELECT * FROM numbers")) {
            assertThatThrownBy(() -> prepared.setInt(1, 3))
                    .isInstanceOf(SQLFeatureNotSupportedException.class)
                    .hasMessageContaining("statement parameters");
            try (ResultSet rows = prepared.executeQuery()) {
                assertThat(rows.next()).isTrue();
            }
        }
    }

    @Test
    void rejectsBadUrlsAndEngines() {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:eddy://localhost:8083"))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageStartingWith("Remote Eddy servers (jdbc:eddy://localhost:8083) are not supported yet");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:eddy:?engine=nope"))
                .hasMessage("No Eddy engine named 'nope' on the class path (available: scripted);"
                        + " set the connection property engine or add the engine's jar");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:eddy:engine=scripted"))
                .hasMessageStartingWith("Malformed Eddy URL");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:eddy:?engine"))
                .hasMessage("Malformed property 'engine' in the Eddy URL (expected key=value)");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:eddy:?password=%zz"))
                .hasMessage("Malformed %-escape in the value of URL property 'password'");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:eddy://host:1?password=secret"))
                .hasMessageNotContaining("secret");
    }

    @Test
    void closedObjectsRefuseWork() throws SQLException {
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM numbers");
        connection.close();
        assertThat(statement.isClosed()).isTrue();
        assertThat(rows.isClosed()).isTrue();
        assertThatThrownBy(connection::createStatement).hasMessage("Connection is closed");
    }

    private static List<String> strings(ResultSet rows, String column) throws SQLException {
        List<String> values = new ArrayList<>();
        try (rows) {
            while (rows.next()) {
                values.add(rows.getString(column));
            }
        }
        return values;
    }
}

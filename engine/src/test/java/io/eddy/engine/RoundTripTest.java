package io.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text of SHOW CREATE TABLE / VIEW creates the same object again. */
class RoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE t (a BIGINT NOT NULL, b STRING COMMENT 'the b', c TIMESTAMP(3), d AS a * 2, "
            + "m INT METADATA FROM 'partition' VIRTUAL, n BIGINT METADATA, "
            + "WATERMARK FOR c AS c - INTERVAL '5' SECOND, PRIMARY KEY (a) NOT ENFORCED) "
            + "COMMENT 'all kinds' WITH ('connector' = 'datagen', 'rows-per-second' = '5')",
        "CREATE TABLE t (x ARRAY<INT>, y MAP<STRING, DOUBLE>, z ROW<p INT, q STRING>, w DECIMAL(12, 3), "
            + "v TIMESTAMP_LTZ(3), u VARCHAR(10), s BYTES) WITH ('connector' = 'blackhole')",
        "CREATE TEMPORARY TABLE t (id INT, `select` STRING, `weird``name` INT) "
            + "PARTITIONED BY (id) WITH ('connector' = 'blackhole')",
        "CREATE VIEW t (k, total) AS SELECT id, SUM(amount) FROM base WHERE amount > 0 GROUP BY id",
    })
    void showCreateReRunsToTheSameObject(String ddl) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:eddy:?test=roundtrip");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS base (id INT, amount BIGINT) WITH ('connector' = 'datagen')");
            statement.execute(ddl);
            String kind = ddl.contains(" VIEW ") ? "VIEW" : "TABLE";
            String printed = showCreate(statement, kind);
            statement.execute("DROP " + (ddl.contains("TEMPORARY") ? "TEMPORARY " : "") + kind + " t");
            statement.execute(printed);
            assertThat(showCreate(statement, kind)).isEqualTo(printed);
            statement.execute("DROP " + (ddl.contains("TEMPORARY") ? "TEMPORARY " : "") + kind + " t");
        }
    }

    private static String showCreate(Statement statement, String kind) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SHOW CREATE " + kind + " t")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}

package io.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.engine.testplugins.Prefixed;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * User-defined scalar functions through JDBC: the lifecycle of their instances in running jobs,
 * failures inside eval, calls the planner keeps apart, and a job that keeps calling a function
 * dropped while it runs.
 */
class UserFunctionTest {

    private Connection connection;
    private Statement statement;

    @BeforeEach
    void connect() throws SQLException {
        connection = DriverManager.getConnection("jdbc:eddy:?test=user-functions&set.parallelism.default=2");
        statement = connection.createStatement();
        statement.execute("CREATE TEMPORARY TABLE bid (auction BIGINT, bidder BIGINT, price BIGINT, channel VARCHAR, "
                + "url VARCHAR, `dateTime` TIMESTAMP(3), extra VARCHAR) WITH ('connector' = 'nexmark', 'table' = 'bid', "
                + "'max-events' = '400', 'events-per-second' = '2000', 'seed' = '7')");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyInstanceIsOpenedWithTheJobParametersAndClosedWhenTheJobEnds() throws SQLException {
        statement.execute("CREATE TEMPORARY FUNCTION prefixed AS 'io.eddy.engine.testplugins.Prefixed'");
        statement.execute("SET 'test.prefix' = 'bid-'");
        int opened = Prefixed.OPENED.get();
        int closed = Prefixed.CLOSED.get();

        List<String> channels = strings("SELECT prefixed(channel) FROM bid");

        assertThat(channels).isNotEmpty().allMatch(channel -> channel.startsWith("bid-"));
        int instances = Prefixed.OPENED.get() - opened;
        assertThat(instances).as("one instance per subtask of the Calc").isBetween(1, 2);
        assertThat(Prefixed.CLOSED.get() - closed).isEqualTo(instances);
    }

    @Test
    void callsWithoutATableAreEvaluatedByAnOpenedInstance() throws SQLException {
        statement.execute("CREATE TEMPORARY FUNCTION prefixed AS 'io.eddy.engine.testplugins.Prefixed'");

        assertThat(strings("SELECT prefixed('a')")).containsExactly(">a");
        // Rows of VALUES may arrive in either order at parallelism above 1.
        assertThat(strings("SELECT * FROM (VALUES (prefixed('b')), (prefixed('c')))")).containsExactlyInAnyOrder(">b", ">c");
    }

    @Test
    void aFailureInsideEvalFailsTheJobWithItsMessage() throws SQLException {
        statement.execute("CREATE TEMPORARY FUNCTION checked AS "
                + "'io.eddy.engine.testplugins.TestFunctions$Checked'");

        assertThatThrownBy(() -> strings("SELECT CAST(checked(CAST(price AS INT) - 10000000) AS STRING) FROM bid"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("failed")
                .hasMessageContaining("negative value")
                .satisfies(error -> assertThat(error.getMessage()).doesNotContain("\n"));
    }

    @Test
    void explainShowsTheCallAndTwoNondeterministicCallsStayTwoCalls() throws SQLException {
        statement.execute("CREATE TEMPORARY FUNCTION seq AS 'io.eddy.engine.testplugins.TestFunctions$Sequence'");
        statement.execute("CREATE FUNCTION count_char AS 'io.eddy.connectors.nexmark.CountChar'");

        String plan = String.join("\n", strings("EXPLAIN SELECT count_char(extra, 'c') AS c, seq() AS a, seq() AS b "
                + "FROM bid WHERE count_char(url, '/') > 3"));

        assertThat(plan).contains("Calc(select=[count_char(extra, 'c') AS c, seq() AS a, seq() AS b], "
                + "where=[count_char(url, '/') > 3])");
        String code = String.join("\n", strings("EXPLAIN GENERATED_CODE SELECT count_char(extra, 'c') FROM bid"));
        assertThat(code).contains("implements io.eddy.runtime.function.RowTransform, "
                + "io.eddy.runtime.function.FunctionLifecycle")
                .contains("udf0 = new io.eddy.connectors.nexmark.CountChar();")
                .contains("long r").contains(" = udf0.eval(")
                .contains("udf0.open(functionContext);").contains("udf0.close();");
        List<String> pairs = strings("SELECT CAST(seq() AS STRING) || ',' || CAST(seq() AS STRING) FROM bid LIMIT 1");
        assertThat(pairs).singleElement().satisfies(pair -> {
            String[] values = pair.split(",");
            assertThat(Long.parseLong(values[1])).isEqualTo(Long.parseLong(values[0]) + 1);
        });
    }

    @Test
    void aRunningJobKeepsCallingAFunctionDroppedMeanwhile() throws SQLException {
        statement.execute("CREATE TEMPORARY SYSTEM FUNCTION shout AS 'io.eddy.engine.testplugins.Shout'");
        List<String> channels = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT shout(channel) FROM bid")) {
            assertThat(rows.next()).isTrue();
            channels.add(rows.getString(1));
            statement.execute("DROP TEMPORARY SYSTEM FUNCTION shout");
            while (rows.next()) {
                channels.add(rows.getString(1));
            }
        }
        assertThat(channels).hasSizeGreaterThan(100).allMatch(channel -> channel.equals(channel.toUpperCase()));
        assertThatThrownBy(() -> strings("SELECT shout(channel) FROM bid"))
                .hasMessageContaining("No function named 'shout'");
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}

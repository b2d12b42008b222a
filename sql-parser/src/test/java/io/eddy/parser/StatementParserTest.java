package io.eddy.parser;

import static io.eddy.parser.ParserTestSupport.PARSER;
import static io.eddy.parser.ParserTestSupport.parse;
import static io.eddy.parser.ParserTestSupport.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.eddy.parser.dml.SqlBeginStatementSet;
import io.eddy.parser.dml.SqlEndStatementSet;
import io.eddy.parser.dml.SqlExecute;
import io.eddy.parser.dml.SqlRichInsert;
import io.eddy.parser.dml.SqlStatementSet;
import io.eddy.parser.dql.SqlDescribe;
import io.eddy.parser.dql.SqlExplainStatement;
import io.eddy.parser.dql.SqlExplainStatement.Detail;
import io.eddy.parser.dql.SqlShowCatalogs;
import io.eddy.parser.dql.SqlShowColumns;
import io.eddy.parser.dql.SqlShowCreateTable;
import io.eddy.parser.dql.SqlShowCreateView;
import io.eddy.parser.dql.SqlShowCurrentCatalog;
import io.eddy.parser.dql.SqlShowCurrentDatabase;
import io.eddy.parser.dql.SqlShowDatabases;
import io.eddy.parser.dql.SqlShowFunctions;
import io.eddy.parser.dql.SqlShowJobs;
import io.eddy.parser.dql.SqlShowObjects.LikeFilter;
import io.eddy.parser.dql.SqlShowTables;
import io.eddy.parser.dql.SqlShowViews;
import io.eddy.parser.statement.SqlReset;
import io.eddy.parser.statement.SqlSet;
import io.eddy.parser.statement.SqlStopJob;

class StatementParserTest {

    @Test
    void showStatements() {
        parse("SHOW CATALOGS", SqlShowCatalogs.class);
        parse("SHOW CURRENT CATALOG", SqlShowCurrentCatalog.class);
        parse("SHOW CURRENT DATABASE", SqlShowCurrentDatabase.class);
        parse("SHOW JOBS", SqlShowJobs.class);
        assertThat(parse("SHOW DATABASES", SqlShowDatabases.class).scope()).isEmpty();
        SqlShowTables tables = parse("SHOW TABLES FROM cat.db NOT LIKE 'tmp%'", SqlShowTables.class);
        assertThat(tables.scope()).contains(List.of("cat", "db"));
        assertThat(tables.like()).contains(new LikeFilter(true, "tmp%"));
        assertThat(parse("SHOW TABLES IN db LIKE 'a%'", SqlShowTables.class).like())
                .contains(new LikeFilter(false, "a%"));
        assertThat(parse("SHOW TABLES", SqlShowTables.class).like()).isEmpty();
        parse("SHOW VIEWS", SqlShowViews.class);
        assertThat(parse("SHOW FUNCTIONS", SqlShowFunctions.class).userOnly()).isFalse();
        assertThat(parse("SHOW USER FUNCTIONS", SqlShowFunctions.class).userOnly()).isTrue();
        assertThat(parse("SHOW CREATE TABLE c.d.t", SqlShowCreateTable.class).fullName())
                .containsExactly("c", "d", "t");
        assertThat(parse("SHOW CREATE VIEW v", SqlShowCreateView.class).fullName()).containsExactly("v");
        SqlShowColumns columns = parse("SHOW COLUMNS FROM t LIKE '%id'", SqlShowColumns.class);
        assertThat(columns.scope()).contains(List.of("t"));
        assertThat(columns.like()).map(LikeFilter::pattern).contains("%id");
    }

    @Test
    void describe() {
        SqlDescribe describe = parse("DESCRIBE c.d.t", SqlDescribe.class);
        assertThat(describe.fullName()).containsExactly("c", "d", "t");
        assertThat(describe.isExtended()).isFalse();
        assertThat(parse("DESC t", SqlDescribe.class).fullName()).containsExactly("t");
        assertThat(parse("DESCRIBE EXTENDED t", SqlDescribe.class).isExtended()).isTrue();
        assertThat(parse("DESCRIBE extended", SqlDescribe.class).fullName()).containsExactly("extended");
    }

    @Test
    void explain() {
        SqlExplainStatement plain = parse("EXPLAIN SELECT * FROM t", SqlExplainStatement.class);
        assertThat(plain.details()).isEmpty();
        assertThat(plain.statement()).isInstanceOf(SqlSelect.class);
        assertThat(parse("EXPLAIN PLAN FOR SELECT 1", SqlExplainStatement.class).details()).isEmpty();
        SqlExplainStatement detailed = parse(
                "EXPLAIN CHANGELOG_MODE, ESTIMATED_COST, JSON_EXECUTION_PLAN INSERT INTO s SELECT * FROM t",
                SqlExplainStatement.class);
        assertThat(detailed.details())
                .containsExactlyInAnyOrder(Detail.CHANGELOG_MODE, Detail.ESTIMATED_COST, Detail.JSON_EXECUTION_PLAN);
        assertThat(detailed.statement()).isInstanceOf(SqlRichInsert.class);
        SqlExplainStatement set = parse("EXPLAIN STATEMENT SET BEGIN INSERT INTO a SELECT 1; END",
                SqlExplainStatement.class);
        assertThat(set.statement()).isInstanceOf(SqlStatementSet.class);
    }

    @Test
    void setAndReset() {
        SqlSet set = parse("SET 'execution.checkpointing.interval' = '10 s'", SqlSet.class);
        assertThat(set.key()).contains("execution.checkpointing.interval");
        assertThat(set.value()).contains("10 s");
        assertThat(parse("SET", SqlSet.class).key()).isEmpty();
        assertThat(parse("RESET 'k'", SqlReset.class).key()).contains("k");
        assertThat(parse("RESET", SqlReset.class).key()).isEmpty();
    }

    @Test
    void insert() {
        SqlRichInsert into = parse("INSERT INTO cat.db.t SELECT * FROM s", SqlRichInsert.class);
        assertThat(into.isOverwrite()).isFalse();
        assertThat(into.targetName()).containsExactly("cat", "db", "t");
        assertThat(into.staticPartitions()).isEmpty();
        assertThat(into.getTargetColumnList()).isNull();

        SqlRichInsert overwrite = parse("INSERT OVERWRITE t PARTITION (dt = '2024-01-01', h = 3) (a, b)"
                + " SELECT x, y FROM s", SqlRichInsert.class);
        assertThat(overwrite.isOverwrite()).isTrue();
        assertThat(overwrite.staticPartitions().keySet()).containsExactly("dt", "h");
        assertThat(overwrite.staticPartitions().get("dt").getValueAs(String.class)).isEqualTo("2024-01-01");
        assertThat(overwrite.getTargetColumnList()).hasSize(2);

        assertThat(parse("INSERT INTO t VALUES (1, 'a'), (2, 'b')", SqlRichInsert.class).getSource().getKind())
                .isEqualTo(SqlKind.VALUES);
        SqlRichInsert hinted = parse("INSERT INTO t /*+ OPTIONS('sink.parallelism' = '2') */ SELECT 1",
                SqlRichInsert.class);
        assertThat(hinted.targetName()).containsExactly("t");
    }

    @Test
    void insertsDifferingOnlyInOverwriteAreNotEqual() {
        SqlNode into = PARSER.parseStatement("INSERT INTO t SELECT 1");
        SqlNode overwrite = PARSER.parseStatement("INSERT OVERWRITE t SELECT 1");
        assertThat(into.equalsDeep(overwrite, org.apache.calcite.util.Litmus.IGNORE)).isFalse();
    }

    @Test
    void statementSets() {
        SqlStatementSet set = parse("""
                EXECUTE STATEMENT SET
                BEGIN
                  INSERT INTO a SELECT * FROM s;
                  INSERT INTO b SELECT * FROM s WHERE x > 1;
                END""", SqlStatementSet.class);
        assertThat(set.inserts()).hasSize(2);
        assertThat(set.inserts().get(1).targetName()).containsExactly("b");
        assertThat(parse("EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1 END", SqlStatementSet.class)
                .inserts()).hasSize(1);
        parse("BEGIN STATEMENT SET", SqlBeginStatementSet.class);
        parse("END", SqlEndStatementSet.class);
        assertThat(parse("EXECUTE INSERT INTO a SELECT 1", SqlExecute.class).statement())
                .isInstanceOf(SqlRichInsert.class);
        assertThat(parse("EXECUTE SELECT 1", SqlExecute.class).statement()).isInstanceOf(SqlSelect.class);
    }

    @Test
    void stopJob() {
        SqlStopJob stop = parse("STOP JOB '228d70913eab60dda85c5e7f78b5782c' WITH SAVEPOINT WITH DRAIN",
                SqlStopJob.class);
        assertThat(stop.jobId()).isEqualTo("228d70913eab60dda85c5e7f78b5782c");
        assertThat(stop.withSavepoint()).isTrue();
        assertThat(stop.withDrain()).isTrue();
        SqlStopJob plain = parse("STOP JOB 'x'", SqlStopJob.class);
        assertThat(plain.withSavepoint()).isFalse();
        assertThat(plain.withDrain()).isFalse();
        assertThat(parse("STOP JOB 'x' WITH DRAIN", SqlStopJob.class).withDrain()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '1' MINUTE))",
        "SELECT window_start, window_end, auction, COUNT(*) AS bids FROM TABLE(HOP(TABLE bids,"
            + " DESCRIPTOR(date_time), INTERVAL '2' SECOND, INTERVAL '10' SECOND))"
            + " GROUP BY window_start, window_end, auction",
        "SELECT * FROM TABLE(CUMULATE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE, INTERVAL '1' HOUR))",
        "SELECT o.id, r.rate FROM orders AS o JOIN rates FOR SYSTEM_TIME AS OF o.proc_time AS r ON o.cur = r.cur",
        "SELECT * FROM ticker MATCH_RECOGNIZE (PARTITION BY symbol ORDER BY ts MEASURES A.price AS p"
            + " ONE ROW PER MATCH AFTER MATCH SKIP PAST LAST ROW PATTERN (A B+) DEFINE B AS B.price > A.price)",
        "SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY a ORDER BY b DESC) AS rn FROM t) WHERE rn <= 3",
        "SELECT a != b, a <> b, a % 2, CAST(x AS STRING), `value`, `timestamp` FROM t",
        "WITH x AS (SELECT 1 AS a) SELECT a FROM x",
        "SELECT `dateTime`, date_time, url, channel, extra FROM bids",
        "SELECT TIMESTAMP '2024-01-01 00:00:00', DATE '2024-01-01', INTERVAL '1' DAY",
        "SELECT * FROM t /*+ OPTIONS('scan.startup.mode' = 'earliest-offset') */",
        "SELECT CAST(m AS MAP<STRING, INT>), CAST(r AS ROW<a INT, b STRING>) FROM t",
        "SELECT '中文', 'it''s', U&'\\00e9' FROM t WHERE name LIKE 'a%' LIMIT 10",
        "EXPLAIN PLAN FOR INSERT INTO s SELECT * FROM t",
        "SELECT ARRAY[1, 2], MAP['a', 1], ROW(1, 'a'), CAST(r AS ROW(a INT NOT NULL)) FROM t",
        "SELECT s, w FROM t, LATERAL TABLE(split(s)) AS x(w)",
        "SELECT a, x FROM t CROSS JOIN UNNEST(t.arr) AS u(x)",
        "SELECT * FROM a LEFT JOIN b ON a.id = b.id AND a.ts BETWEEN b.ts - INTERVAL '1' HOUR AND b.ts",
        "SELECT SESSION_START(ts, INTERVAL '1' MINUTE), COUNT(*) FROM t GROUP BY SESSION(ts, INTERVAL '1' MINUTE)",
        "SELECT window_start, SUM(v) FROM TABLE(SESSION(TABLE t PARTITION BY k, DESCRIPTOR(ts), INTERVAL '5' MINUTE))"
            + " GROUP BY window_start",
        "SELECT * FROM t1 UNION ALL SELECT * FROM t2 ORDER BY 1",
        "SELECT a, SUM(b) OVER (PARTITION BY a ORDER BY proctime RANGE BETWEEN INTERVAL '1' HOUR PRECEDING"
            + " AND CURRENT ROW) FROM t",
    })
    void queriesRoundTrip(String sql) {
        roundTrip(sql);
    }

    @Test
    void scriptOfStatements() {
        List<SqlNode> statements = PARSER.parseStatements("""
                SET 'parallelism.default' = '2';
                CREATE TABLE t (a INT) WITH ('connector' = 'datagen');
                -- a comment
                SELECT * FROM t;
                """);
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).isInstanceOf(SqlSet.class);
        assertThat(PARSER.parseStatements("")).isEmpty();
    }

    @Test
    void commentsKeepNonAsciiText() {
        io.eddy.parser.ddl.SqlCreateTable table = parse("CREATE TABLE t (a INT COMMENT '订单 id''s') COMMENT 'é'",
                io.eddy.parser.ddl.SqlCreateTable.class);
        assertThat(table.columns().get(0).comment()).isEqualTo("订单 id's");
        assertThat(table.comment()).isEqualTo("é");
    }

    @Test
    void trailingSemicolonIsAllowed() {
        assertThat(PARSER.parseStatement("SHOW TABLES;")).isInstanceOf(SqlShowTables.class);
    }

    @Test
    void expressions() {
        SqlNode expression = PARSER.parseExpression("`date_time` - INTERVAL '4' SECOND");
        assertThat(EddySqlParser.toSql(expression)).isEqualTo("`date_time` - INTERVAL '4' SECOND");
        assertThat(Optional.of(PARSER.parseExpression("CAST(a AS TIMESTAMP_LTZ(3))"))).isPresent();
    }
}

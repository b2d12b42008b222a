package io.eddy.benchmarks.nexmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NexmarkSqlTest {

    private final NexmarkSql sql = new NexmarkSql(Path.of("../nexmark/queries"));

    @Test
    void queriesAreTheSelectsOfTheirFiles() {
        assertThat(sql.query("q0")).isEqualTo("SELECT auction, bidder, price, `dateTime`, extra FROM bid");
        for (String query : BenchArguments.ALL_QUERIES) {
            assertThat(sql.query(query)).as(query).startsWithIgnoringCase("SELECT").doesNotContain(";");
        }
    }

    @Test
    void viewsAndFunctionsBeforeTheSelectAreRunFirstAndNothingElseIsAccepted(@TempDir Path queries) throws Exception {
        assertThat(sql.views("q12")).singleElement().asString().startsWith("CREATE VIEW B AS SELECT *, PROCTIME()");
        assertThat(sql.query("q12")).startsWith("SELECT").contains("TUMBLE(TABLE B");
        assertThat(sql.views("q0")).isEmpty();
        assertThat(sql.views("q14")).containsExactly(
                "CREATE FUNCTION count_char AS 'io.eddy.connectors.nexmark.CountChar'");
        Files.writeString(queries.resolve("q98.sql"), "DROP TABLE bid;\nSELECT 1;\n");
        assertThatThrownBy(() -> new NexmarkSql(queries).query("q98")).hasMessage("Query file "
                + queries.resolve("q98.sql") + " holds 2 statements, expected CREATE VIEW or CREATE FUNCTION statements and then one SELECT");
    }

    @Test
    void everyDdlFileCreatesTheThreeTables() {
        Map<String, String> values = Map.of("TPS", "1000", "EVENTS_NUM", "5000", "DATA_DIR", "/data", "BOOTSTRAP_SERVERS",
                "127.0.0.1:9092", "TOPIC_PREFIX", "p-", "PERSON_END", "1", "AUCTION_END", "2", "BID_END", "3");
        for (String name : List.of("nexmark", "json-file", "kafka")) {
            List<String> statements = sql.ddl(name, values);
            assertThat(statements).as(name).hasSize(3);
            assertThat(statements.get(2)).startsWith("CREATE TABLE bid (").doesNotContain("${");
        }
        assertThat(sql.ddl("kafka", values).get(2)).contains("'topic' = 'p-bid'").contains("'partition:0,offset:3'");
    }

    @Test
    void missingFilesAndValuesAreNamed() {
        assertThatThrownBy(() -> sql.query("q99")).hasMessage("No file " + Path.of("../nexmark/queries/q99.sql")
                + ". Hint: --nexmark-dir names the folder holding queries/");
        assertThatThrownBy(() -> sql.ddl("nexmark", Map.of("TPS", "1")))
                .hasMessage("No value for placeholder ${EVENTS_NUM} in ddl-nexmark.sql");
    }

    @Test
    void scriptsSplitAtSemicolonsEndingALine() {
        assertThat(NexmarkSql.statements("-- a comment; not a statement\nSELECT 'a;b'\nFROM t;\n\nSELECT 1"))
                .containsExactly("SELECT 'a;b'\nFROM t", "SELECT 1");
    }
}

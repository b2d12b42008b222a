package io.eddy.parser;

import static io.eddy.parser.ParserTestSupport.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.util.Litmus;
import org.junit.jupiter.api.Test;

import io.eddy.parser.ddl.SqlComputedColumn;
import io.eddy.parser.ddl.SqlCreateFunction;
import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.parser.ddl.SqlCreateView;
import io.eddy.parser.dml.SqlRichInsert;
import io.eddy.parser.dql.SqlDescribe;
import io.eddy.parser.dql.SqlExplainStatement;
import io.eddy.parser.dql.SqlShowTables;
import io.eddy.parser.statement.SqlReset;
import io.eddy.parser.statement.SqlSet;
import io.eddy.parser.type.RowTypeNameSpec;

/** A realistic script: Nexmark's sources, views and queries as written for Flink SQL. */
class ScriptParserTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = ScriptParserTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void nexmarkScriptParsesStatementByStatement() throws IOException {
        List<SqlNode> statements = PARSER.parseStatements(resource("nexmark.sql"));
        assertThat(statements).extracting(s -> s.getClass().getSimpleName()).containsExactly(
                "SqlSet", "SqlSet", "SqlCreateTable", "SqlCreateView", "SqlCreateView", "SqlCreateView",
                "SqlCreateTable", "SqlRichInsert", "SqlRichInsert", "SqlRichInsert", "SqlRichInsert",
                "SqlRichInsert", "SqlRichInsert", "SqlRichInsert", "SqlCreateFunction", "SqlRichInsert",
                "SqlRichInsert", "SqlRichInsert", "SqlRichInsert", "SqlShowTables", "SqlDescribe",
                "SqlExplainStatement", "SqlReset");
        assertThat(statements.get(0)).isInstanceOf(SqlSet.class);
        assertThat(statements.get(14)).isInstanceOf(SqlCreateFunction.class);
        assertThat(statements.get(19)).isInstanceOf(SqlShowTables.class);
        assertThat(statements.get(20)).isInstanceOf(SqlDescribe.class);
        assertThat(statements.get(21)).isInstanceOf(SqlExplainStatement.class);
        assertThat(statements.get(22)).isInstanceOf(SqlReset.class);
        assertThat(statements.get(3)).isInstanceOf(SqlCreateView.class);
        assertThat(statements.get(7)).isInstanceOf(SqlRichInsert.class);

        SqlCreateTable kafka = (SqlCreateTable) statements.get(2);
        assertThat(kafka.columns()).extracting(c -> c.name())
                .containsExactly("event_type", "person", "auction", "bid", "dateTime");
        assertThat(kafka.columns().get(4)).isInstanceOf(SqlComputedColumn.class);
        assertThat(kafka.watermark().orElseThrow().eventTimeColumn().getSimple()).isEqualTo("dateTime");
        RowTypeNameSpec person = (RowTypeNameSpec) ((io.eddy.parser.ddl.SqlPhysicalColumn) kafka.columns().get(1))
                .type().getTypeNameSpec();
        assertThat(person.fields()).extracting(RowTypeNameSpec.Field::name).contains("emailAddress", "dateTime");
    }

    @Test
    void everyNexmarkStatementRoundTrips() throws IOException {
        for (SqlNode statement : PARSER.parseStatements(resource("nexmark.sql"))) {
            String sql = EddySqlParser.toSql(statement);
            SqlNode again = PARSER.parseStatement(sql);
            assertThat(statement.equalsDeep(again, Litmus.IGNORE)).as(sql).isTrue();
            assertThat(EddySqlParser.toSql(again)).isEqualTo(sql);
        }
    }

    @Test
    void errorsInScriptsPointIntoTheScript() {
        SqlParseError error = org.assertj.core.api.Assertions.catchThrowableOfType(SqlParseError.class,
                () -> PARSER.parseStatements("SET 'a' = 'b';\nSHOW TABLES;\nSELECT * FORM t;\n"));
        assertThat(error).hasMessage("Syntax error at line 3, column 10: unexpected 'FORM'. Did you mean FROM?");
    }
}

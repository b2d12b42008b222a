package io.eddy.parser;

import static io.eddy.parser.ParserTestSupport.PARSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact one-line messages users see for typical mistakes, and their positions. */
class ParseErrorTest {

    private static SqlParseError error(String sql) {
        return catchThrowableOfType(SqlParseError.class, () -> PARSER.parseStatement(sql));
    }

    @Test
    void misspelledKeywordAfterStar() {
        SqlParseError error = error("SELECT a, b\nFROM t\nWHERE a > 1 ORDR BY b");
        assertThat(error).hasMessage("Syntax error at line 3, column 13: unexpected 'ORDR'. Did you mean ORDER?");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(13);
        assertThat(error.endLine()).isEqualTo(3);
        assertThat(error.endColumn()).isEqualTo(16);
    }

    @Test
    void formInsteadOfFromEvenWhenReadAsAnAlias() {
        assertThat(error("SELECT *\nFORM t"))
                .hasMessage("Syntax error at line 2, column 1: unexpected 'FORM'. Did you mean FROM?");
        assertThat(error("SELECT a, b FORM t"))
                .hasMessage("Syntax error at line 1, column 13: unexpected 'FORM'. Did you mean FROM?");
    }

    @Test
    void unknownStatement() {
        assertThat(error("SELEC 1")).hasMessage("Syntax error at line 1, column 1: unexpected 'SELEC': not the"
                + " start of a statement. Expected one of: SELECT, INSERT, CREATE, DROP, ALTER, SET, SHOW, EXPLAIN, …");
        assertThat(error("SHOW TABLES; FOO BAR").getMessage())
                .isEqualTo("Syntax error at line 1, column 14: unexpected 'FOO': not the start of a statement."
                        + " Expected one of: SELECT, INSERT, CREATE, DROP, ALTER, SET, SHOW, EXPLAIN, …");
    }

    @Test
    void missingComma() {
        SqlParseError error = error("CREATE TABLE t (\n  a INT\n  b INT\n)");
        assertThat(error).hasMessage("Syntax error at line 3, column 3: unexpected 'b' (is a comma missing before"
                + " it?). Expected one of: ')', ',', ARRAY, CONSTRAINT, MULTISET, NOT, …");
    }

    @Test
    void unclosedString() {
        SqlParseError error = error("SELECT 'abc FROM t");
        assertThat(error).hasMessage(
                "Syntax error at line 1, column 8: unclosed string literal; strings end with a single quote (')");
        assertThat(error("SELECT `abc FROM t")).hasMessage(
                "Syntax error at line 1, column 8: unclosed quoted name; names quoted with ` end with `");
    }

    @Test
    void doubleQuotes() {
        assertThat(error("SELECT \"abc\" FROM t")).hasMessage("Syntax error at line 1, column 8: double quotes"
                + " are not allowed; use single quotes for strings ('...') and backquotes for names (`...`)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CREATE TABLE t (value INT) | 17 | value",
        "CREATE TABLE t (a INT, timestamp TIMESTAMP(3)) | 24 | timestamp",
        "SELECT a FROM t WHERE partition = 1 | 23 | partition",
        "CREATE TABLE t (dateTime TIMESTAMP(3)) | 17 | dateTime",
        "SELECT auction, dateTime FROM bids | 17 | dateTime",
        "SELECT timestamp FROM t | 8 | timestamp",
    })
    void reservedWordAsName(String sql, int column, String word) {
        SqlParseError error = error(sql);
        assertThat(error).hasMessage("Syntax error at line 1, column %d: unexpected '%s'. `%s` is a reserved word;"
                + " quote it with backquotes: `%s`", column, word, word, word);
        assertThat(error.column()).isEqualTo(column);
    }

    @Test
    void endOfInput() {
        assertThat(error("CREATE TABLE t (a INT) WITH ('k' = 'v'")).hasMessage(
                "Syntax error at line 1, column 38: unexpected end of input. Expected one of: ')', ',', string literal");
        assertThat(error("DROP TABLE")).hasMessage(
                "Syntax error at line 1, column 10: unexpected end of input. Expected one of: identifier");
    }

    @Test
    void statementRulesCheckedWhileParsing() {
        assertThat(error("CREATE OR REPLACE TABLE t (a INT)"))
                .hasMessage("Syntax error at line 1, column 1: CREATE OR REPLACE is not supported");
        assertThat(error("CREATE TABLE t (a INT, PRIMARY KEY (a), PRIMARY KEY (a))"))
                .hasMessage("Syntax error at line 1, column 39: a table can have only one PRIMARY KEY");
        assertThat(error("CREATE TABLE t (a INT, WATERMARK FOR a AS a, WATERMARK FOR a AS a)"))
                .hasMessage("Syntax error at line 1, column 46: a table can have only one WATERMARK");
        assertThat(error("CREATE TEMPORARY CATALOG c WITH ('type' = 'x')"))
                .hasMessage("Syntax error at line 1, column 1: catalogs and databases cannot be TEMPORARY");
        assertThat(error("CREATE TEMPORARY SYSTEM TABLE t (a INT)"))
                .hasMessage("Syntax error at line 1, column 1: TEMPORARY SYSTEM is only allowed for functions");
        assertThat(error("SHOW COLUMNS"))
                .hasMessage("Syntax error at line 1, column 1: SHOW COLUMNS needs a table: SHOW COLUMNS FROM table");
    }

    @Test
    void oneStatementExpected() {
        assertThat(error("SELECT 1; SELECT 2"))
                .hasMessage("Syntax error at line 1, column 11: expected one statement but found 2");
        assertThat(error("  ")).hasMessage("Syntax error at line 1, column 1: empty statement");
    }

    @Test
    void messagesAreOneLine() {
        for (String sql : new String[] {"SELECT", "SELECT * FROM", "INSERT t", "CREATE TABLE", "SET k = v",
            "EXPLAIN", "ALTER TABLE t", "SELECT CAST(a AS ARRAY<INT) FROM t"}) {
            assertThat(error(sql).getMessage()).doesNotContain("\n").startsWith("Syntax error at line 1");
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "CREATE CATALOG c",
        "STOP JOB x",
        "SET 'k'",
        "SET 'k' = v",
        "RESET k",
        "EXECUTE STATEMENT SET BEGIN END",
        "EXECUTE STATEMENT SET BEGIN SELECT 1; END",
        "CREATE TABLE t (a INT METADATA VIRTUAL FROM 'x')",
        "CREATE TABLE t (WATERMARK FOR ts)",
        "CREATE TABLE t (a INT) LIKE",
        "CREATE TABLE t (a INT) LIKE s (INCLUDING)",
        "CREATE TABLE t (a INT) WITH ('k' = 1)",
        "CREATE VIEW v",
        "CREATE FUNCTION f AS com.example.F",
        "DROP TEMPORARY DATABASE d",
        "DROP SYSTEM FUNCTION f",
        "ALTER TABLE t RENAME c",
        "SHOW",
        "SHOW CURRENT",
        "USE",
        "INSERT OVERWRITE t PARTITION () SELECT 1",
        "EXPLAIN ESTIMATED_COST,",
        "CREATE TABLE t (a ARRAY<INT)",
        "CREATE TABLE t (m MAP<INT>)",
    })
    void badStatementsFailWithOneLineMessages(String sql) {
        SqlParseError error = error(sql);
        assertThat(error).as(sql).isNotNull();
        assertThat(error.getMessage()).doesNotContain("\n").startsWith("Syntax error at line 1, column ");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isBetween(1, sql.length() + 1);
    }

    @Test
    void expressionErrors() {
        SqlParseError error = catchThrowableOfType(SqlParseError.class, () -> PARSER.parseExpression("a +"));
        assertThat(error.getMessage()).startsWith("Syntax error at line 1, column 3: unexpected '+'");
    }
}

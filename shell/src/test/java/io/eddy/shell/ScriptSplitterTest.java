package io.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSplitterTest {

    private static List<String> texts(String script) {
        return ScriptSplitter.split(script).all().stream().map(ScriptStatement::text).toList();
    }

    @Test
    void splitsOnSemicolonsOutsideQuotesAndComments() {
        String script = "SELECT 'a;b''c;' FROM t;\n"
                + "SELECT `x;y`, \"p;q\" FROM u; -- trailing; comment\n"
                + "/* block; comment */ SELECT 1;\n"
                + "-- only a comment;\n";
        assertThat(texts(script)).containsExactly(
                "SELECT 'a;b''c;' FROM t",
                "SELECT `x;y`, \"p;q\" FROM u",
                "SELECT 1");
    }

    @Test
    void keepsExecuteStatementSetWhole() {
        String script = "EXECUTE STATEMENT SET\nBEGIN\n  INSERT INTO a SELECT 1;\n  INSERT INTO b SELECT 2;\nEND;\nSELECT 3;";
        assertThat(texts(script)).containsExactly(
                "EXECUTE STATEMENT SET\nBEGIN\n  INSERT INTO a SELECT 1;\n  INSERT INTO b SELECT 2;\nEND",
                "SELECT 3");
    }

    @Test
    void caseEndInsideAStatementSetDoesNotCloseIt() {
        String set = "execute statement set begin insert into a select case when x then 1 end; end";
        assertThat(texts(set + "; select 2")).containsExactly(set, "select 2");
        assertThat(texts("SELECT CASE WHEN x THEN 1 END; SELECT 2;")).containsExactly("SELECT CASE WHEN x THEN 1 END", "SELECT 2");
    }

    @Test
    void beginStatementSetIsItsOwnStatement() {
        assertThat(texts("SELECT /* inside; */ 1 -- end\n;")).containsExactly("SELECT /* inside; */ 1 -- end");
        assertThat(texts("BEGIN STATEMENT SET;\nINSERT INTO a SELECT 1;\nEND;"))
                .containsExactly("BEGIN STATEMENT SET", "INSERT INTO a SELECT 1", "END");
    }

    @Test
    void recordsWhereEachStatementStarts() {
        ScriptSplitter.Result result = ScriptSplitter.split("SET 'a' = '1';  SELECT\n  x\nFROM t;\n\n   SELECT 2");
        assertThat(result.statements()).extracting(ScriptStatement::toString)
                .containsExactly("1:1 SET 'a' = '1'", "1:17 SELECT\n  x\nFROM t");
        assertThat(result.remainder()).hasToString("5:4 SELECT 2");
        ScriptStatement second = result.statements().get(1);
        assertThat(second.scriptPosition(1, 8)).containsExactly(1, 24);
        assertThat(second.scriptPosition(2, 3)).containsExactly(2, 3);
    }

    @Test
    void tellsWhetherTheBufferIsComplete() {
        assertThat(ScriptSplitter.isComplete("SELECT 1;")).isTrue();
        assertThat(ScriptSplitter.isComplete("SELECT 1; -- done")).isTrue();
        assertThat(ScriptSplitter.isComplete("SELECT 1")).isFalse();
        assertThat(ScriptSplitter.isComplete("SELECT ';")).isFalse();
        assertThat(ScriptSplitter.isComplete("SELECT 1; /* open")).isFalse();
        assertThat(ScriptSplitter.isComplete("SELECT `a;")).isFalse();
        assertThat(ScriptSplitter.isComplete("EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1;")).isFalse();
        assertThat(ScriptSplitter.isComplete("EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1; END;")).isTrue();
        assertThat(ScriptSplitter.isComplete("")).isTrue();
    }

    @Test
    void unterminatedQuoteSwallowsTheRest() {
        assertThat(texts("SELECT 'abc; SELECT 2;")).containsExactly("SELECT 'abc; SELECT 2;");
    }
}

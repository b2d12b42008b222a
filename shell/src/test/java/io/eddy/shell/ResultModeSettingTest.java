package io.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultModeSettingTest {

    private static ResultMode after(ResultMode start, String... statements) {
        ResultModeSetting setting = new ResultModeSetting(start);
        for (String statement : statements) {
            setting.afterSuccess(statement);
        }
        return setting.current();
    }

    @Test
    void startsAtTheSessionDefault() {
        assertThat(new ResultModeSetting(ResultMode.TABLE).current()).isEqualTo(ResultMode.TABLE);
        assertThat(new ResultModeSetting(ResultMode.TABLEAU).current()).isEqualTo(ResultMode.TABLEAU);
    }

    @Test
    void followsSetStatementsInAnyCaseAndQuoting() {
        assertThat(after(ResultMode.TABLE, "SET 'sql-client.execution.result-mode' = 'tableau'"))
                .isEqualTo(ResultMode.TABLEAU);
        assertThat(after(ResultMode.TABLE, "set 'SQL-CLIENT.Execution.Result-Mode'='CHANGELOG';"))
                .isEqualTo(ResultMode.CHANGELOG);
        assertThat(after(ResultMode.TABLEAU, "SET\n  sql-client.execution.result-mode = table"))
                .isEqualTo(ResultMode.TABLE);
        assertThat(after(ResultMode.TABLE, "SET 'sql-client.execution.result-mode' = ' Tableau '"))
                .isEqualTo(ResultMode.TABLEAU);
    }

    @Test
    void ignoresOtherKeysAndStatements() {
        assertThat(after(ResultMode.TABLE, "SET 'execution.runtime-mode' = 'tableau'",
                "SELECT 'sql-client.execution.result-mode'", "SET", "SET 'sql-client.execution.result-mode'"))
                .isEqualTo(ResultMode.TABLE);
    }

    @Test
    void resetReturnsToTheSessionDefault() {
        assertThat(after(ResultMode.TABLE, "SET 'sql-client.execution.result-mode' = 'tableau'",
                "RESET 'sql-client.execution.result-mode'")).isEqualTo(ResultMode.TABLE);
        assertThat(after(ResultMode.TABLEAU, "SET 'sql-client.execution.result-mode' = 'changelog'", "reset;"))
                .isEqualTo(ResultMode.TABLEAU);
        assertThat(after(ResultMode.TABLE, "SET 'sql-client.execution.result-mode' = 'tableau'",
                "RESET 'parallelism.default'")).isEqualTo(ResultMode.TABLEAU);
    }

    @Test
    void rejectsUnknownModesBeforeTheyRun() {
        ResultModeSetting setting = new ResultModeSetting(ResultMode.TABLE);
        assertThat(setting.check("SET 'sql-client.execution.result-mode' = 'grid'")).contains(
                "Invalid value 'grid' for 'sql-client.execution.result-mode': expected 'table', 'changelog' or 'tableau'");
        assertThat(setting.check("SET 'sql-client.execution.result-mode' = 'changelog'")).isEmpty();
        assertThat(setting.check("SET 'pipeline.name' = 'grid'")).isEmpty();
        setting.afterSuccess("SET 'sql-client.execution.result-mode' = 'grid'");
        assertThat(setting.current()).isEqualTo(ResultMode.TABLE);
        assertThat(setting).hasToString("sql-client.execution.result-mode=table (default table)");
    }

    @Test
    void recognizesQueries() {
        assertThat(QueryResultPrinter.isQuery("select * from t")).isTrue();
        assertThat(QueryResultPrinter.isQuery("  (SELECT 1) UNION (SELECT 2)")).isTrue();
        assertThat(QueryResultPrinter.isQuery("WITH a AS (SELECT 1) SELECT * FROM a")).isTrue();
        assertThat(QueryResultPrinter.isQuery("VALUES (1)")).isTrue();
        assertThat(QueryResultPrinter.isQuery("SHOW TABLES")).isFalse();
        assertThat(QueryResultPrinter.isQuery("SELECTED")).isFalse();
        assertThat(QueryResultPrinter.isQuery("DESCRIBE t")).isFalse();
    }
}

package io.eddy.engine.query;

import io.eddy.engine.StatementContext;
import io.eddy.engine.result.RowsResult;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.dql.SqlExplainStatement;
import org.apache.calcite.sql.SqlNode;

/** {@code EXPLAIN [details] statement}: the planner's plan text as one row of the column {@code result}. */
public final class ExplainStatement {

    private ExplainStatement() {
    }

    public static StatementResult explain(SqlExplainStatement explain, StatementContext context) {
        SqlNode statement = explain.statement();
        return RowsResult.single("result", context.planner().explain(statement));
    }
}

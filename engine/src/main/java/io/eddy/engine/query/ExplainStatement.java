package io.eddy.engine.query;

import io.eddy.engine.StatementContext;
import io.eddy.engine.result.RowsResult;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.dql.SqlExplainStatement;
import io.eddy.parser.dml.SqlStatementSet;
import java.util.List;
import org.apache.calcite.sql.SqlNode;

/**
 * {@code EXPLAIN [details] statement}: the logical plan and the streaming physical plan, as one row of the
 * column {@code result}.
 */
public final class ExplainStatement {

    private ExplainStatement() {
    }

    public static StatementResult explain(SqlExplainStatement explain, StatementContext context) {
        SqlNode statement = explain.statement();
        List<SqlNode> statements = statement instanceof SqlStatementSet set ? List.copyOf(set.inserts())
                : List.of(statement);
        boolean code = explain.details().contains(SqlExplainStatement.Detail.GENERATED_CODE);
        return RowsResult.single("result", context.planner().explainPhysical(statements, context.jobs().connectors(),
                code ? context.jobs().codeGenerator() : null));
    }
}

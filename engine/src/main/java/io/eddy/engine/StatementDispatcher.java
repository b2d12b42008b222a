package io.eddy.engine;

import io.eddy.engine.config.SetStatements;
import io.eddy.engine.ddl.CatalogStatements;
import io.eddy.engine.ddl.DatabaseStatements;
import io.eddy.engine.ddl.FunctionStatements;
import io.eddy.engine.ddl.TableStatements;
import io.eddy.engine.ddl.ViewStatements;
import io.eddy.engine.error.StatementException;
import io.eddy.engine.query.ExplainStatement;
import io.eddy.engine.query.JobStatements;
import io.eddy.engine.query.QueryStatements;
import io.eddy.engine.show.DescribeStatement;
import io.eddy.engine.show.ShowCreateStatement;
import io.eddy.engine.show.ShowStatements;
import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.parser.ddl.SqlAlterTable;
import io.eddy.parser.ddl.SqlCreateCatalog;
import io.eddy.parser.ddl.SqlCreateDatabase;
import io.eddy.parser.ddl.SqlCreateFunction;
import io.eddy.parser.ddl.SqlCreateTable;
import io.eddy.parser.ddl.SqlCreateView;
import io.eddy.parser.ddl.SqlDropObject;
import io.eddy.parser.ddl.SqlUseCatalog;
import io.eddy.parser.ddl.SqlUseDatabase;
import io.eddy.parser.dml.SqlBeginStatementSet;
import io.eddy.parser.dml.SqlEndStatementSet;
import io.eddy.parser.dml.SqlExecute;
import io.eddy.parser.dml.SqlStatementSet;
import io.eddy.parser.dql.SqlDescribe;
import io.eddy.parser.dql.SqlExplainStatement;
import io.eddy.parser.dql.SqlShowColumns;
import io.eddy.parser.dql.SqlShowCreateTable;
import io.eddy.parser.dql.SqlShowCreateView;
import io.eddy.parser.statement.SqlReset;
import io.eddy.parser.statement.SqlSet;
import io.eddy.parser.statement.SqlStopJob;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/** Sends a parsed statement to the class that runs its family of statements. */
final class StatementDispatcher {

    private StatementDispatcher() {
    }

    static StatementResult execute(SqlNode node, StatementContext context) {
        if (context.statementSet().isOpen() && !(node instanceof SqlInsert)
                && !(node instanceof SqlEndStatementSet)) {
            throw StatementException.invalid(node, "Only INSERT statements are allowed in a statement set",
                    "Use END to run the statement set");
        }
        if (node instanceof SqlCreateTable create) {
            return TableStatements.create(create, context);
        } else if (node instanceof SqlAlterTable alter) {
            return TableStatements.alter(alter, context);
        } else if (node instanceof SqlCreateView create) {
            return ViewStatements.create(create, context);
        } else if (node instanceof SqlDropObject drop) {
            return drop(drop, context);
        } else if (node instanceof SqlCreateCatalog create) {
            return CatalogStatements.create(create, context);
        } else if (node instanceof SqlUseCatalog use) {
            return CatalogStatements.use(use, context);
        } else if (node instanceof SqlCreateDatabase create) {
            return DatabaseStatements.create(create, context);
        } else if (node instanceof SqlUseDatabase use) {
            return DatabaseStatements.use(use, context);
        } else if (node instanceof SqlCreateFunction create) {
            return FunctionStatements.create(create, context);
        } else if (node instanceof SqlDescribe describe) {
            return DescribeStatement.describe(describe.fullName(), describe, context);
        } else if (node instanceof SqlShowColumns columns) {
            return DescribeStatement.showColumns(columns, context);
        } else if (node instanceof SqlShowCreateTable show) {
            return ShowCreateStatement.table(show, context);
        } else if (node instanceof SqlShowCreateView show) {
            return ShowCreateStatement.view(show, context);
        } else if (node instanceof SqlSet set) {
            return SetStatements.set(set, context);
        } else if (node instanceof SqlReset reset) {
            return SetStatements.reset(reset, context);
        } else if (node instanceof SqlExplainStatement explain) {
            return ExplainStatement.explain(explain, context);
        }
        return executeQueryOrShow(node, context);
    }

    private static StatementResult executeQueryOrShow(SqlNode node, StatementContext context) {
        if (node instanceof SqlInsert insert) {
            return QueryStatements.insert(insert, context);
        } else if (node instanceof SqlStatementSet set) {
            return QueryStatements.statementSet(set, context);
        } else if (node instanceof SqlExecute execute) {
            return execute(execute.statement(), context);
        } else if (node instanceof SqlBeginStatementSet) {
            return QueryStatements.begin(context);
        } else if (node instanceof SqlEndStatementSet end) {
            return QueryStatements.end(end, context);
        } else if (node instanceof SqlStopJob stop) {
            return JobStatements.stop(stop, context);
        } else if (node.getKind().belongsTo(SqlKind.QUERY)) {
            return QueryStatements.query(node, context);
        }
        return ShowStatements.show(node, context).orElseThrow(() -> StatementException.at(node,
                "Statement " + node.getKind() + " is not supported", EddySqlException.UNSUPPORTED, null));
    }

    private static StatementResult drop(SqlDropObject drop, StatementContext context) {
        return switch (drop.objectKind()) {
            case TABLE -> TableStatements.drop(drop, context);
            case VIEW -> ViewStatements.drop(drop, context);
            case CATALOG -> CatalogStatements.drop(drop, context);
            case DATABASE -> DatabaseStatements.drop(drop, context);
            case FUNCTION -> FunctionStatements.drop(drop, context);
        };
    }
}

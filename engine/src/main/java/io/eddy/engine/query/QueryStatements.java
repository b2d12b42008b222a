package io.eddy.engine.query;

import io.eddy.engine.Messages;
import io.eddy.engine.StatementContext;
import io.eddy.engine.error.StatementException;
import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.jdbc.spi.UpdateResult;
import io.eddy.parser.dml.SqlEndStatementSet;
import io.eddy.parser.dml.SqlStatementSet;
import io.eddy.parser.statement.SqlStopJob;
import io.eddy.planner.ValidatedQuery;
import java.util.List;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlNode;

/**
 * Queries, {@code INSERT}, {@code EXECUTE STATEMENT SET}, {@code BEGIN STATEMENT SET ... END}
 * and {@code STOP JOB}. Statements are validated by the planner, so mistakes are reported with
 * their position; running them as jobs is the next step ({@link #submit}), until then they end
 * with an {@link EddySqlException#UNSUPPORTED} error.
 */
public final class QueryStatements {

    /** The start of the message of every statement that would run a job. */
    public static final String NOT_RUNNABLE = "Running queries is not supported yet: ";

    private QueryStatements() {
    }

    public static StatementResult query(SqlNode query, StatementContext context) {
        ValidatedQuery validated = context.planner().validateQuery(query);
        return submit(List.of(validated));
    }

    public static StatementResult insert(SqlInsert insert, StatementContext context) {
        ValidatedQuery validated = context.planner().validateQuery(insert);
        if (context.statementSet().isOpen()) {
            context.statementSet().add(insert);
            return UpdateResult.withMessage(Messages.ADDED_TO_STATEMENT_SET);
        }
        return submit(List.of(validated));
    }

    public static StatementResult statementSet(SqlStatementSet set, StatementContext context) {
        List<ValidatedQuery> inserts = set.inserts().stream()
                .map(insert -> context.planner().validateQuery(insert)).toList();
        return submit(inserts);
    }

    public static StatementResult begin(StatementContext context) {
        context.statementSet().open();
        return UpdateResult.withMessage(Messages.STATEMENT_SET_BEGUN);
    }

    public static StatementResult end(SqlEndStatementSet end, StatementContext context) {
        if (!context.statementSet().isOpen()) {
            throw StatementException.invalid(end, "No statement set is open", "Start one with BEGIN STATEMENT SET");
        }
        List<SqlNode> inserts = context.statementSet().close();
        if (inserts.isEmpty()) {
            return UpdateResult.withMessage(Messages.EMPTY_STATEMENT_SET);
        }
        List<ValidatedQuery> validated = inserts.stream()
                .map(insert -> context.planner().validateQuery(insert)).toList();
        return submit(validated);
    }

    public static StatementResult stopJob(SqlStopJob stop) {
        throw notRunnable("there are no jobs, so job '" + stop.jobId() + "' cannot be stopped");
    }

    /**
     * Runs validated statements as one job: the place where job execution slots in. A query's
     * result will be a streaming result; INSERTs will report the submitted job's id.
     */
    private static StatementResult submit(List<ValidatedQuery> statements) {
        String what = statements.size() == 1 && statements.get(0).insertTarget().isPresent()
                ? "INSERT INTO " + statements.get(0).insertTarget().get() + " is valid but cannot run"
                : statements.size() > 1 || statements.get(0).insertTarget().isPresent()
                        ? "the statement set of " + statements.size() + " INSERTs is valid but cannot run"
                        : "the query is valid but cannot run";
        throw notRunnable(what);
    }

    /** The error of a statement that needs a running job. */
    public static StatementException notRunnable(String what) {
        return new StatementException(NOT_RUNNABLE + what, EddySqlException.UNSUPPORTED, 0, 0, null);
    }
}

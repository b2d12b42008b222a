package io.eddy.engine.query;

import io.eddy.engine.Messages;
import io.eddy.engine.StatementContext;
import io.eddy.engine.error.ErrorTranslator;
import io.eddy.engine.error.StatementException;
import io.eddy.engine.job.JobLauncher;
import io.eddy.engine.job.RunningJob;
import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.jdbc.spi.UpdateResult;
import io.eddy.parser.EddySqlParser;
import io.eddy.parser.dml.SqlEndStatementSet;
import io.eddy.parser.dml.SqlStatementSet;
import io.eddy.planner.ValidatedQuery;
import io.eddy.runtime.execution.JobExecutionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlNode;

/**
 * Queries, {@code INSERT}, {@code EXECUTE STATEMENT SET} and {@code BEGIN STATEMENT SET ... END}.
 * Each statement is validated first, so mistakes are reported with their position, then planned
 * from an unvalidated copy and started as a job: a query's rows stream back to the client, an
 * INSERT reports its job's id (and with {@code table.dml-sync} waits for the job to finish).
 */
public final class QueryStatements {

    private static final String DML_SYNC = "table.dml-sync";

    private QueryStatements() {
    }

    public static StatementResult query(SqlNode query, StatementContext context) {
        SqlNode copy = copy(query);
        ValidatedQuery validated = context.planner().validateQuery(query);
        return launcher(context).query(copy, validated.rowType(), EddySqlParser.toSql(copy));
    }

    public static StatementResult insert(SqlInsert insert, StatementContext context) {
        SqlNode copy = copy(insert);
        context.planner().validateQuery(insert);
        if (context.statementSet().isOpen()) {
            context.statementSet().add(copy);
            return UpdateResult.withMessage(Messages.ADDED_TO_STATEMENT_SET);
        }
        return submit(List.of(copy), context);
    }

    public static StatementResult statementSet(SqlStatementSet set, StatementContext context) {
        List<SqlNode> copies = new ArrayList<>();
        for (SqlInsert insert : set.inserts()) {
            copies.add(copy(insert));
            context.planner().validateQuery(insert);
        }
        return submit(copies, context);
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
        return submit(inserts, context);
    }

    private static StatementResult submit(List<SqlNode> inserts, StatementContext context) {
        String text = inserts.stream().map(EddySqlParser::toSql).collect(Collectors.joining(";\n"));
        RunningJob job = launcher(context).inserts(inserts, text);
        if (Boolean.parseBoolean(context.configuration().asMap().getOrDefault(DML_SYNC, "false").trim())) {
            awaitJob(job);
        }
        return UpdateResult.submittedJob(job.id());
    }

    private static void awaitJob(RunningJob job) {
        try {
            job.client().awaitTermination(Duration.ofDays(3650));
        } catch (JobExecutionException e) {
            throw new StatementException(ErrorTranslator.jobFailure(job.id(), e).getMessage(),
                    EddySqlException.ENGINE_FAILURE, 0, 0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel();
            throw new StatementException("Waiting for job " + job.id() + " was interrupted; the job was cancelled",
                    EddySqlException.CANCELLED, 0, 0, null);
        } catch (TimeoutException e) {
            throw new StatementException("Job " + job.id() + " did not finish", EddySqlException.ENGINE_FAILURE,
                    0, 0, null);
        }
    }

    private static JobLauncher launcher(StatementContext context) {
        return new JobLauncher(context.planner(), context.jobs(), context.configuration().asMap());
    }

    /** An unvalidated copy of a statement: validation rewrites the tree it is given. */
    private static SqlNode copy(SqlNode statement) {
        return new EddySqlParser().parseStatement(EddySqlParser.toSql(statement));
    }
}

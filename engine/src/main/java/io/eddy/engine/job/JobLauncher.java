package io.eddy.engine.job;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.types.RowType;
import io.eddy.jdbc.JdbcTypes;
import io.eddy.jdbc.spi.ResultColumn;
import io.eddy.jdbc.spi.ResultStream;
import io.eddy.planner.Planner;
import io.eddy.planner.physical.PlannedJob;
import io.eddy.runtime.execution.JobStatus;
import io.eddy.runtime.execution.JobExecutionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlNode;

/**
 * Starts the jobs of one session's statements: a query becomes a job whose result streams to
 * the client; INSERTs and statement sets become a job writing to tables.
 */
public final class JobLauncher {

    private final Planner planner;
    private final JobServices services;
    private final Map<String, String> configuration;

    public JobLauncher(Planner planner, JobServices services, Map<String, String> configuration) {
        this.planner = requireNonNull(planner, "planner is null");
        this.services = requireNonNull(services, "services is null");
        this.configuration = requireNonNull(configuration, "configuration is null");
    }

    /**
     * Runs a validated query; its rows arrive through the returned stream.
     *
     * @param query a copy of the statement not yet validated (planning validates it again)
     * @param rowType the validated query's row, for the result's columns
     */
    public ResultStream query(SqlNode query, RowType rowType, String statement) {
        ResultChannel channel = new ResultChannel();
        PlannedJob plan = planner.planQuery(query, new ResultSink(channel), jobName(statement),
                services.codeGenerator(), services.connectors());
        RunningJob job = services.registry().submit(plan.graph(), configuration, statement);
        // Not on the thread that ended the job: a cancelled task's thread may still be interrupted.
        job.client().completion().whenCompleteAsync((status, failure) -> {
            if (failure != null) {
                channel.fail(failure);
            } else if (status == JobStatus.FAILED) {
                channel.fail(failureOf(job));
            } else {
                try {
                    channel.end();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        return new QueryResultStream(columns(rowType), !plan.resultMode().isInsertOnly(), channel, job);
    }

    /** Runs INSERTs (copies not yet validated) as one job. */
    public RunningJob inserts(List<SqlNode> inserts, String statement) {
        PlannedJob plan = planner.planInserts(inserts, jobName(statement), services.codeGenerator(),
                services.connectors());
        return services.registry().submit(plan.graph(), configuration, statement);
    }

    /** The error a failed job ended with. */
    private static Throwable failureOf(RunningJob job) {
        try {
            job.client().awaitTermination(Duration.ZERO);
            return new IllegalStateException("Job " + job.id() + " failed");
        } catch (JobExecutionException e) {
            return e;
        } catch (Exception e) {
            return e;
        }
    }

    private static List<ResultColumn> columns(RowType rowType) {
        return rowType.fields().stream()
                .map(field -> JdbcTypes.column(field.name(), field.type().asSummaryString(), field.type().nullable()))
                .toList();
    }

    private static String jobName(String statement) {
        String oneLine = statement.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}

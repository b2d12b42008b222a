package io.eddy.engine.query;

import io.eddy.engine.StatementContext;
import io.eddy.engine.error.StatementException;
import io.eddy.engine.job.RunningJob;
import io.eddy.engine.result.Columns;
import io.eddy.engine.result.RowsResult;
import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.jdbc.spi.ResultRow;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.jdbc.spi.UpdateResult;
import io.eddy.parser.statement.SqlStopJob;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code SHOW JOBS} and {@code STOP JOB 'id'}, over the jobs of the engine. */
public final class JobStatements {

    private static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private JobStatements() {
    }

    /** One row per job: id, name (its statement), status and start time, oldest first. */
    public static StatementResult show(StatementContext context) {
        List<ResultRow> rows = context.jobs().registry().jobs().stream()
                .map(job -> ResultRow.insert(job.id(), job.client().jobName(), job.status().name(),
                        START_TIME.format(job.startTime())))
                .toList();
        return new RowsResult(List.of(Columns.string("job id", false), Columns.string("job name", false),
                Columns.string("status", false), Columns.string("start time", false)), rows);
    }

    /** Cancels a running job. */
    public static StatementResult stop(SqlStopJob stop, StatementContext context) {
        RunningJob job = context.jobs().registry().find(stop.jobId()).orElseThrow(() -> StatementException.at(stop,
                "Job '" + stop.jobId() + "' does not exist", EddySqlException.UNKNOWN_OBJECT,
                "SHOW JOBS lists the jobs of this engine"));
        if (stop.withSavepoint()) {
            throw StatementException.at(stop, "STOP JOB ... WITH SAVEPOINT is not supported yet",
                    EddySqlException.UNSUPPORTED, "Stop the job without a savepoint");
        }
        if (job.status().isTerminal()) {
            throw StatementException.at(stop, "Job '" + stop.jobId() + "' is already " + job.status(),
                    EddySqlException.SYNTAX_OR_VALIDATION, null);
        }
        job.cancel();
        return UpdateResult.ok();
    }
}

package io.eddy.engine.query;

import io.eddy.catalog.options.OptionValues;
import io.eddy.engine.StatementContext;
import io.eddy.engine.config.SessionOptions;
import io.eddy.engine.error.StatementException;
import io.eddy.engine.job.RunningJob;
import io.eddy.engine.result.Columns;
import io.eddy.engine.result.RowsResult;
import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.jdbc.spi.ResultRow;
import io.eddy.jdbc.spi.StatementResult;
import io.eddy.jdbc.spi.UpdateResult;
import io.eddy.parser.statement.SqlStopJob;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code SHOW JOBS}, {@code STOP JOB 'id'} and {@code STOP JOB 'id' WITH SAVEPOINT}, over the jobs
 * of the engine.
 */
public final class JobStatements {

    private static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static final long SAVEPOINT_TIMEOUT_SECONDS = 600;

    private JobStatements() {
    }

    /**
     * One row per job, oldest first: Flink's id, name (its statement), status and start time, and
     * (an addition) the directory holding its checkpoints, the path to resume it from after a crash.
     */
    public static StatementResult show(StatementContext context) {
        List<ResultRow> rows = context.jobs().registry().jobs().stream()
                .map(job -> ResultRow.insert(job.id(), job.client().jobName(), job.status().name(),
                        START_TIME.format(job.startTime()),
                        job.checkpointDirectory().map(Path::toString).orElse(null)))
                .toList();
        return new RowsResult(List.of(Columns.string("job id", false), Columns.string("job name", false),
                Columns.string("status", false), Columns.string("start time", false),
                Columns.string("checkpoint path", true)), rows);
    }

    /**
     * Cancels a running job; {@code WITH SAVEPOINT} first takes a final savepoint into
     * {@code execution.checkpointing.savepoint-dir} and returns its path, as Flink does.
     */
    public static StatementResult stop(SqlStopJob stop, StatementContext context) {
        RunningJob job = context.jobs().registry().find(stop.jobId()).orElseThrow(() -> StatementException.at(stop,
                "Job '" + stop.jobId() + "' does not exist", EddySqlException.UNKNOWN_OBJECT,
                "SHOW JOBS lists the jobs of this engine"));
        if (job.status().isTerminal()) {
            throw StatementException.at(stop, "Job '" + stop.jobId() + "' is already " + job.status(),
                    EddySqlException.SYNTAX_OR_VALIDATION, null);
        }
        if (stop.withSavepoint()) {
            return stopWithSavepoint(stop, job, context);
        }
        job.cancel();
        return UpdateResult.ok();
    }

    private static StatementResult stopWithSavepoint(SqlStopJob stop, RunningJob job, StatementContext context) {
        String directory = new OptionValues(context.configuration().asMap())
                .getOptional(SessionOptions.SAVEPOINT_DIRECTORY).filter(value -> !value.isBlank())
                .orElseThrow(() -> StatementException.at(stop, "No savepoint directory is set",
                        EddySqlException.SYNTAX_OR_VALIDATION,
                        "SET 'execution.checkpointing.savepoint-dir' = '/path/to/savepoints' first"));
        Path savepoint;
        try {
            savepoint = job.client().stopWithSavepoint(Path.of(directory.strip().replaceFirst("^file://", "")))
                    .get(SAVEPOINT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw StatementException.at(stop, "Could not stop job '" + stop.jobId() + "' with a savepoint: "
                    + cause.getMessage(), EddySqlException.ENGINE_FAILURE, "The job keeps running; STOP JOB without "
                    + "WITH SAVEPOINT cancels it");
        } catch (TimeoutException e) {
            throw StatementException.at(stop, "Job '" + stop.jobId() + "' did not complete its savepoint within "
                    + SAVEPOINT_TIMEOUT_SECONDS + " s", EddySqlException.ENGINE_FAILURE, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StatementException.at(stop, "Waiting for the savepoint of job '" + stop.jobId() + "' was interrupted",
                    EddySqlException.CANCELLED, null);
        }
        return new RowsResult(List.of(Columns.string("savepoint path", false)),
                List.of(ResultRow.insert(savepoint.toString())));
    }
}

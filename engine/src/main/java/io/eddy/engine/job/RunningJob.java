package io.eddy.engine.job;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.execution.JobClient;
import io.eddy.runtime.execution.JobStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A job an engine started: its client, the statement it runs and when it started.
 *
 * @param client the runtime's handle of the job
 * @param statement the SQL text the job runs, for SHOW JOBS
 * @param startTime when it was submitted
 * @param checkpointDirectory where its checkpoints go ({@code <execution.checkpointing.dir>/<job id>}),
 *     empty when they are kept in memory only
 */
public record RunningJob(JobClient client, String statement, Instant startTime, Optional<Path> checkpointDirectory) {

    public RunningJob {
        requireNonNull(client, "client is null");
        requireNonNull(statement, "statement is null");
        requireNonNull(startTime, "startTime is null");
        requireNonNull(checkpointDirectory, "checkpointDirectory is null");
    }

    /** The job's id. */
    public String id() {
        return client.jobId();
    }

    /** The job's current status. */
    public JobStatus status() {
        return client.status();
    }

    /** Cancels the job if it still runs. */
    public void cancel() {
        if (!client.status().isTerminal()) {
            client.cancel();
        }
    }
}

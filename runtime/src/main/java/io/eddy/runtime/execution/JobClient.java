package io.eddy.runtime.execution;

import io.eddy.runtime.metrics.JobMetrics;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/** A handle on a submitted job: its status, metrics, cancellation and completion. Thread-safe. */
public interface JobClient {

    String jobId();

    String jobName();

    JobStatus status();

    /** Stops every task of the job; the job ends CANCELED (unless it already ended). */
    void cancel();

    /** Completes with the terminal status once every task has stopped. */
    CompletableFuture<JobStatus> completion();

    /**
     * Waits for the job to end. Returns FINISHED or CANCELED; throws when the job failed or does not end in time.
     */
    JobStatus awaitTermination(Duration timeout) throws JobExecutionException, TimeoutException, InterruptedException;

    JobMetrics metrics();

    /**
     * Takes an aligned checkpoint: completes with the job's snapshot once every task has snapshotted its
     * state and the sinks were told to commit; fails if the job is not running, another checkpoint is in
     * progress, or part of the job has finished.
     */
    CompletableFuture<JobSnapshot> triggerCheckpoint();
}

package io.eddy.runtime.execution;

import io.eddy.runtime.metrics.JobMetrics;
import java.nio.file.Path;
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

    /** How many checkpoints completed and failed so far (across restarts), and the last completed one's duration and size. */
    CheckpointStatistics checkpointStatistics();

    /**
     * Takes a checkpoint now (in the job's {@code execution.checkpointing.mode}): completes with the job's
     * snapshot once every task has snapshotted its state and the sinks were told to commit; fails if the
     * job is not running, another checkpoint is in progress, part of the job has finished, or the
     * checkpoint fails (a task declines it, it cannot be stored, or it is not complete within
     * {@code execution.checkpointing.timeout}); such failures count against
     * {@code execution.checkpointing.tolerable-failed-checkpoints}.
     */
    CompletableFuture<JobSnapshot> triggerCheckpoint();

    /**
     * Stops the job with a final savepoint, as Flink's stop-with-savepoint: the sources emit nothing after
     * the savepoint's barrier, every task snapshots and the sinks commit, the snapshot is written to a new
     * {@code savepoint-<job id prefix>-<random>} directory under {@code directory} (the checkpoint layout,
     * readable by {@link CheckpointStorage#loadFrom(Path)} and restorable into either state backend), then
     * the job is cancelled. Completes with the savepoint's directory once the job has ended; fails (and
     * the job keeps running) when the savepoint cannot be taken or written.
     */
    CompletableFuture<Path> stopWithSavepoint(Path directory);
}

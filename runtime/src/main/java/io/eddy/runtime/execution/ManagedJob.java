package io.eddy.runtime.execution;

import io.eddy.runtime.metrics.JobMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link JobClient} users hold: a job across its attempts. It keeps the last completed checkpoint;
 * when an attempt fails and the {@link RestartStrategy} allows, it deploys a new attempt from that
 * checkpoint after the delay. Its completion is the end of the last attempt.
 */
final class ManagedJob implements JobClient {

    private static final Logger LOG = LoggerFactory.getLogger(ManagedJob.class);

    /** Deploys and starts one attempt from a snapshot (or from scratch when it is null). */
    interface AttemptDeployer {
        Job deploy(JobSnapshot restoreFrom, ManagedJob owner) throws Exception;
    }

    private final String jobId;
    private final String jobName;
    private final RestartStrategy restartStrategy;
    private final CheckpointHistory checkpointHistory;
    private final AttemptDeployer deployer;
    private final Runnable onEnd;
    private final CompletableFuture<JobStatus> completion = new CompletableFuture<>();
    private volatile Job current;
    private volatile JobSnapshot lastCheckpoint;
    private volatile boolean cancelRequested;
    private volatile JobExecutionException finalFailure;
    private int restarts;
    private int failuresInARow;
    private volatile long attemptStartedNanos = System.nanoTime();

    ManagedJob(String jobId, String jobName, RestartStrategy restartStrategy, CheckpointHistory checkpointHistory, JobSnapshot restoreFrom,
               AttemptDeployer deployer, Runnable onEnd) {
        this.jobId = jobId;
        this.jobName = jobName;
        this.restartStrategy = restartStrategy;
        this.checkpointHistory = checkpointHistory;
        this.lastCheckpoint = restoreFrom;
        this.deployer = deployer;
        this.onEnd = onEnd;
    }

    /** Deploys the first attempt; a failure to deploy is thrown to the submitter. */
    void start() throws Exception {
        runAttempt(deployer.deploy(lastCheckpoint, this));
    }

    private void runAttempt(Job attempt) {
        current = attempt;
        attemptStartedNanos = System.nanoTime();
        attempt.completion().thenAccept(status -> onAttemptEnd(attempt, status));
    }

    /** Called by attempts when they complete a checkpoint. */
    void checkpointCompleted(JobSnapshot snapshot) {
        lastCheckpoint = snapshot;
    }

    private void onAttemptEnd(Job attempt, JobStatus status) {
        if (status == JobStatus.FAILED && restartStrategy.resetsAfter(Duration.ofNanos(System.nanoTime() - attemptStartedNanos))) {
            failuresInARow = 0;
        }
        if (status == JobStatus.FAILED && !cancelRequested && failuresInARow < restartStrategy.attempts()) {
            restarts++;
            failuresInARow++;
            Duration delay = restartStrategy.delayBefore(failuresInARow, ThreadLocalRandom.current().nextDouble());
            LOG.warn("Job '{}' ({}) restarts in {} ms ({} of {} in a row) from {} after: {}", jobName, jobId, delay.toMillis(),
                    failuresInARow, restartStrategy.attempts(),
                    lastCheckpoint == null ? "the beginning" : "checkpoint " + lastCheckpoint.checkpointId(), attempt.failure().getMessage());
            CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(this::restart);
            return;
        }
        finish(status, attempt.failure());
    }

    private void restart() {
        if (cancelRequested) {
            finish(JobStatus.CANCELED, null);
            return;
        }
        try {
            runAttempt(deployer.deploy(lastCheckpoint, this));
        } catch (Exception e) {
            finish(JobStatus.FAILED, new JobExecutionException(jobName, "the restart", e));
        }
    }

    private synchronized void finish(JobStatus status, JobExecutionException failure) {
        if (completion.isDone()) {
            return;
        }
        finalFailure = failure;
        onEnd.run();
        completion.complete(status);
    }

    @Override
    public String jobId() {
        return jobId;
    }

    @Override
    public String jobName() {
        return jobName;
    }

    @Override
    public JobStatus status() {
        if (completion.isDone()) {
            return completion.join();
        }
        JobStatus attemptStatus = current.status();
        // Between an attempt's end and the job's, only a failed attempt may be followed by another.
        return attemptStatus == JobStatus.FAILED && !cancelRequested ? JobStatus.RESTARTING : attemptStatus;
    }

    /** The last completed checkpoint (or the snapshot the job started from), null when there is none. */
    JobSnapshot lastCheckpoint() {
        return lastCheckpoint;
    }

    /** The job's checkpoint statistics and failures in a row, shared by its attempts. */
    CheckpointHistory checkpointHistory() {
        return checkpointHistory;
    }

    @Override
    public CheckpointStatistics checkpointStatistics() {
        return checkpointHistory.statistics();
    }

    /** How many times the job was restarted. */
    int restarts() {
        return restarts;
    }

    @Override
    public void cancel() {
        cancelRequested = true;
        current.cancel();
        if (current.status().isTerminal()) {
            finish(JobStatus.CANCELED, null);
        }
    }

    @Override
    public CompletableFuture<JobStatus> completion() {
        return completion;
    }

    @Override
    public JobStatus awaitTermination(Duration timeout) throws JobExecutionException, TimeoutException, InterruptedException {
        JobStatus terminal;
        try {
            terminal = completion.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("job completion failed unexpectedly", e);
        } catch (TimeoutException e) {
            throw new TimeoutException("Job '" + jobName + "' did not end within " + timeout + ", status " + status());
        }
        if (terminal == JobStatus.FAILED) {
            throw finalFailure;
        }
        return terminal;
    }

    @Override
    public JobMetrics metrics() {
        return current.metrics();
    }

    @Override
    public CompletableFuture<JobSnapshot> triggerCheckpoint() {
        return current.triggerCheckpoint();
    }

    @Override
    public CompletableFuture<Path> stopWithSavepoint(Path directory) {
        Path target = directory.resolve("savepoint-" + jobId.substring(0, Math.min(6, jobId.length())) + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffffL));
        Job attempt = current;
        return attempt.triggerCheckpoint(true).thenApply(snapshot -> CheckpointStorage.write(snapshot, target))
                .whenComplete((savepoint, failure) -> {
                    if (failure != null) {
                        LOG.warn("Job '{}' ({}) keeps running: its savepoint failed: {}", jobName, jobId, failure.getMessage());
                        attempt.resumeSources();
                    } else {
                        LOG.info("Job '{}' ({}) took savepoint {} and stops", jobName, jobId, savepoint);
                        cancel();
                    }
                })
                .thenCompose(savepoint -> completion.thenApply(ignored -> savepoint));
    }

    @Override
    public String toString() {
        return "Job[" + jobName + " (" + jobId + "), " + status() + "]";
    }
}

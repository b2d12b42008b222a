package io.eddy.runtime.execution;

import io.eddy.runtime.metrics.JobMetrics;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.metrics.OperatorMetricsSnapshot;
import io.eddy.runtime.metrics.SplitMetrics;
import io.eddy.runtime.metrics.SplitMetricsSnapshot;
import io.eddy.runtime.operator.OperatorSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at running a job: its tasks (one thread each), source coordinators, metrics and status. The first task
 * failure fails the job and cancels every other task; the job's terminal status is set once every task
 * thread has exited.
 */
final class Job {

    private static final Logger LOG = LoggerFactory.getLogger(Job.class);

    private final String jobId;
    private final String jobName;
    private final AtomicReference<JobStatus> status = new AtomicReference<>(JobStatus.CREATED);
    private final CompletableFuture<JobStatus> completion = new CompletableFuture<>();
    private final List<StreamTask> tasks = new ArrayList<>();
    private final List<SourceCoordinator<?>> coordinators = new ArrayList<>();
    private final List<OperatorMetrics> operatorMetrics = new ArrayList<>();
    private final ConcurrentLinkedQueue<SplitMetrics> splitMetrics = new ConcurrentLinkedQueue<>();
    private final List<ExchangeMetrics> exchangeMetrics = new ArrayList<>();
    private final ScheduledExecutorService coordinatorExecutor;
    private final Consumer<JobSnapshot> checkpointListener;
    private final CheckpointHistory checkpointHistory;
    private final CheckpointAborts checkpointAborts = new CheckpointAborts();
    private final AtomicInteger runningTasks = new AtomicInteger();
    private final AtomicReference<JobExecutionException> failure = new AtomicReference<>();
    private volatile boolean cancelRequested;
    private volatile CheckpointCoordinator checkpoints;

    /**
     * @param checkpointListener stores each completed checkpoint; a checkpoint it throws for fails
     * @param checkpointHistory the job's checkpoint statistics and failures in a row, across attempts
     */
    Job(String jobId, String jobName, ScheduledExecutorService coordinatorExecutor, Consumer<JobSnapshot> checkpointListener,
        CheckpointHistory checkpointHistory) {
        this.jobId = jobId;
        this.jobName = jobName;
        this.coordinatorExecutor = coordinatorExecutor;
        this.checkpointListener = checkpointListener;
        this.checkpointHistory = checkpointHistory;
    }

    /** The mark the input gates of this attempt read to drop their alignment for aborted checkpoints. */
    CheckpointAborts checkpointAborts() {
        return checkpointAborts;
    }

    void addTask(StreamTask task) {
        tasks.add(task);
    }

    void addCoordinator(SourceCoordinator<?> coordinator) {
        coordinators.add(coordinator);
    }

    void addOperatorMetrics(OperatorMetrics metrics) {
        operatorMetrics.add(metrics);
    }

    void addSplitMetrics(SplitMetrics metrics) {
        splitMetrics.add(metrics);
    }

    void addExchangeMetrics(ExchangeMetrics metrics) {
        exchangeMetrics.add(metrics);
    }

    /**
     * Starts the tasks; with a positive interval, checkpoints are taken periodically.
     *
     * @param firstCheckpointId the id of the attempt's first checkpoint (after the one it restored, so ids never repeat)
     */
    void start(CheckpointSettings checkpointSettings, long firstCheckpointId) {
        checkpoints = new CheckpointCoordinator(jobName, tasks, coordinators, coordinatorExecutor, checkpointSettings,
                checkpointListener, checkpointHistory, checkpointAborts, failure -> fail("checkpointing", failure),
                firstCheckpointId);
        status.set(JobStatus.RUNNING);
        runningTasks.set(tasks.size());
        LOG.info("Job '{}' ({}) starting {} tasks", jobName, jobId, tasks.size());
        for (StreamTask task : tasks) {
            Thread thread = new Thread(task, jobName + "/" + task.taskName());
            thread.setDaemon(true);
            thread.start();
        }
        coordinators.forEach(SourceCoordinator::start);
        // After the enumerators' start (on the same thread), so the first checkpoint finds them started.
        checkpoints.startPeriodic();
    }

    void acknowledgeCheckpoint(long checkpointId, Map<String, Map<Integer, OperatorSnapshot>> snapshots) {
        checkpoints.acknowledge(checkpointId, snapshots);
    }

    /** Whether {@code checkpointId} is a stop with savepoint, whose state is written in the canonical format. */
    boolean isSavepoint(long checkpointId) {
        return checkpoints.isSavepoint(checkpointId);
    }

    /** A task could not snapshot its state for {@code checkpointId}: the checkpoint fails (the task keeps running). */
    void declineCheckpoint(long checkpointId, StreamTask task, Throwable cause) {
        String where = cause instanceof OperatorException named ? named.taskName() : task.taskName();
        Throwable root = rootCause(cause);
        String message = root.getMessage();
        checkpoints.decline(checkpointId, where, root.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }

    void checkpointCommitted(long checkpointId) {
        checkpoints.committed(checkpointId);
    }

    /** Undoes the stop of the sources after a failed stop with savepoint. */
    void resumeSources() {
        tasks.forEach(StreamTask::resumeSource);
    }

    void taskReachedEndOfInput(StreamTask task) {
        checkpoints.stop("task " + task.taskName() + " reached the end of its input");
    }

    public CompletableFuture<JobSnapshot> triggerCheckpoint() {
        return triggerCheckpoint(false);
    }

    /**
     * Takes a checkpoint; with {@code stopSources} the sources emit nothing after it and the returned
     * future completes only once every task has committed it, so the job can then be cancelled.
     */
    CompletableFuture<JobSnapshot> triggerCheckpoint(boolean stopSources) {
        CheckpointCoordinator coordinator = checkpoints;
        if (coordinator == null || status.get() != JobStatus.RUNNING) {
            return CompletableFuture.failedFuture(new IllegalStateException("Job '" + jobName + "' is " + status.get()));
        }
        CompletableFuture<JobSnapshot> taken = coordinator.trigger(stopSources);
        if (!stopSources) {
            return taken;
        }
        return taken.thenCompose(snapshot -> coordinator.whenCommitted(snapshot.checkpointId()).thenApply(ignored -> snapshot));
    }

    void taskFailed(StreamTask task, Throwable failureCause) {
        String where = failureCause instanceof OperatorException named ? named.taskName() : task.taskName();
        fail(where, failureCause);
    }

    /** Fails the job (first failure wins) and cancels the other tasks. */
    void fail(String where, Throwable failureCause) {
        Throwable root = rootCause(failureCause);
        JobExecutionException exception = new JobExecutionException(jobName, where, root);
        if (failure.compareAndSet(null, exception)) {
            LOG.error("Job '{}' ({}) failed in {}", jobName, jobId, where, root);
            stopCheckpoints("the job failed");
            tasks.forEach(StreamTask::cancel);
        }
    }

    private void stopCheckpoints(String reason) {
        CheckpointCoordinator coordinator = checkpoints;
        if (coordinator != null) {
            coordinator.stop(reason);
        }
    }

    private static Throwable rootCause(Throwable failureCause) {
        Throwable current = failureCause;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    void taskExited(StreamTask task, boolean succeeded) {
        LOG.debug("Job '{}' task {} exited, succeeded {}", jobName, task.taskName(), succeeded);
        if (runningTasks.decrementAndGet() == 0) {
            JobStatus terminal = failure.get() != null ? JobStatus.FAILED : cancelRequested ? JobStatus.CANCELED : JobStatus.FINISHED;
            coordinators.forEach(SourceCoordinator::close);
            coordinatorExecutor.shutdown();
            status.set(terminal);
            LOG.info("Job '{}' ({}) is {}", jobName, jobId, terminal);
            completion.complete(terminal);
        }
    }

    /** The failure of this attempt, or null. */
    JobExecutionException failure() {
        return failure.get();
    }

    public String jobId() {
        return jobId;
    }

    public String jobName() {
        return jobName;
    }

    public JobStatus status() {
        return status.get();
    }

    public void cancel() {
        if (!status.get().isTerminal()) {
            cancelRequested = true;
            stopCheckpoints("the job was cancelled");
            tasks.forEach(StreamTask::cancel);
        }
    }

    public CompletableFuture<JobStatus> completion() {
        return completion;
    }

    public JobMetrics metrics() {
        List<OperatorMetricsSnapshot> operators = operatorMetrics.stream().map(OperatorMetrics::snapshot).toList();
        List<SplitMetricsSnapshot> splits = splitMetrics.stream().map(SplitMetrics::snapshot).toList();
        Map<String, Long> inFlight = new TreeMap<>();
        for (ExchangeMetrics exchange : exchangeMetrics) {
            inFlight.merge(exchange.name(), exchange.maxInFlight(), Math::max);
        }
        return new JobMetrics(operators, splits, inFlight);
    }

    public String toString() {
        return "Job[" + jobName + " (" + jobId + "), " + status.get() + "]";
    }
}

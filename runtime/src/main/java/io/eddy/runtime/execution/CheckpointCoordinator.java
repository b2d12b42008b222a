package io.eddy.runtime.execution;

import io.eddy.runtime.config.Durations;
import io.eddy.runtime.operator.OperatorSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the checkpoints of one job attempt, one at a time: snapshots the split enumerators, asks every
 * source task to snapshot and send a barrier downstream, collects every task's acknowledgement (tasks
 * snapshot once the barrier arrived on all their inputs), then tells every task the checkpoint
 * completed (sinks commit) and hands out the {@link JobSnapshot}.
 *
 * <p>Periodic checkpoints start every {@code interval}, but never while one is in progress nor sooner
 * than {@code min-pause} after the last one ended. A checkpoint not complete within {@code timeout},
 * declined by a task or not stored is aborted: its partial state is dropped, nothing is committed and
 * the input gates drop their alignment for it ({@link CheckpointAborts}); failures in a row beyond the
 * tolerated number fail the job.
 */
final class CheckpointCoordinator {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointCoordinator.class);

    /** A checkpoint waiting for acknowledgements. */
    private static final class Pending {
        final long id;
        final long startNanos;
        final CompletableFuture<JobSnapshot> future = new CompletableFuture<>();
        final Map<String, Map<Integer, OperatorSnapshot>> vertices = new HashMap<>();
        final Map<String, byte[]> enumerators = new TreeMap<>();
        final boolean stopSources;
        int missingAcknowledgements;
        ScheduledFuture<?> timeout;

        Pending(long id, int tasks, boolean stopSources) {
            this.id = id;
            this.startNanos = System.nanoTime();
            this.missingAcknowledgements = tasks;
            this.stopSources = stopSources;
        }
    }

    /** A completed checkpoint whose tasks are committing (told it completed) and have not all answered yet. */
    private static final class Committing {
        final CompletableFuture<Void> future = new CompletableFuture<>();
        int missing;

        Committing(int tasks) {
            this.missing = tasks;
        }
    }

    private final String jobName;
    private final List<StreamTask> tasks;
    private final List<StreamTask> sourceTasks;
    private final List<SourceCoordinator<?>> sources;
    private final ScheduledExecutorService executor;
    private final CheckpointSettings settings;
    private final Consumer<JobSnapshot> listener;
    private final CheckpointHistory history;
    private final CheckpointAborts aborts;
    private final Consumer<CheckpointException> failJob;
    private long nextId;
    private Pending pending;
    private final Map<Long, Committing> committing = new HashMap<>();
    private String finishedReason;
    private long lastEndNanos = System.nanoTime();
    private boolean periodicDue;

    /**
     * @param listener stores a completed checkpoint; a checkpoint it throws for fails
     * @param failJob fails the job when more checkpoints failed in a row than tolerated
     * @param firstId the id of the first checkpoint
     */
    CheckpointCoordinator(String jobName, List<StreamTask> tasks, List<SourceCoordinator<?>> sources, ScheduledExecutorService executor,
                          CheckpointSettings settings, Consumer<JobSnapshot> listener, CheckpointHistory history,
                          CheckpointAborts aborts, Consumer<CheckpointException> failJob, long firstId) {
        this.jobName = jobName;
        this.tasks = List.copyOf(tasks);
        this.sourceTasks = tasks.stream().filter(StreamTask::isSourceTask).toList();
        this.sources = List.copyOf(sources);
        this.executor = executor;
        this.settings = settings;
        this.listener = listener;
        this.history = history;
        this.aborts = aborts;
        this.failJob = failJob;
        this.nextId = firstId;
    }

    /** Starts periodic checkpoints when the interval is positive (call before the tasks start). */
    synchronized void startPeriodic() {
        if (!settings.interval().isZero()) {
            schedule(this::periodic, settings.interval().toNanos());
        }
    }

    private synchronized void periodic() {
        if (finishedReason != null) {
            return;
        }
        if (pending != null) {
            periodicDue = true;
            return;
        }
        long wait = lastEndNanos + settings.minPause().toNanos() - System.nanoTime();
        if (wait > 0) {
            schedule(this::periodic, wait);
            return;
        }
        start(false);
        schedule(this::periodic, settings.interval().toNanos());
    }

    /**
     * Starts a checkpoint now (min-pause does not apply to checkpoints asked for); with {@code stopSources}
     * (a stop with savepoint) the sources emit nothing after their barrier, so the snapshot is the last
     * state of the job.
     */
    synchronized CompletableFuture<JobSnapshot> trigger(boolean stopSources) {
        if (finishedReason != null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "Job '" + jobName + "' cannot take a checkpoint: " + finishedReason));
        }
        if (pending != null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "Job '" + jobName + "' is still taking checkpoint " + pending.id));
        }
        return start(stopSources);
    }

    private CompletableFuture<JobSnapshot> start(boolean stopSources) {
        Pending checkpoint = new Pending(nextId++, tasks.size(), stopSources);
        pending = checkpoint;
        checkpoint.timeout = schedule(() -> expire(checkpoint), settings.timeout().toNanos());
        LOG.debug("Job '{}' triggers checkpoint {}", jobName, checkpoint.id);
        try {
            executor.execute(() -> {
                try {
                    for (SourceCoordinator<?> source : sources) {
                        checkpoint.enumerators.put(source.vertexName(), source.snapshotEnumerator(checkpoint.id));
                    }
                } catch (Exception e) {
                    fail(checkpoint, "its split enumerator failed: " + e.getMessage());
                    return;
                }
                sourceTasks.forEach(task -> task.triggerCheckpoint(checkpoint.id, checkpoint.stopSources));
            });
        } catch (RejectedExecutionException e) {
            abort("the job ended");
        }
        return checkpoint.future;
    }

    private synchronized void expire(Pending checkpoint) {
        if (pending != checkpoint) {
            return;
        }
        int acknowledged = tasks.size() - checkpoint.missingAcknowledgements;
        fail(checkpoint, "it expired after " + Durations.format(settings.timeout()) + " before completing ("
                + acknowledged + " of " + tasks.size() + " tasks acknowledged)");
    }

    /** A task could not snapshot its state for {@code checkpointId}: the checkpoint fails. */
    synchronized void decline(long checkpointId, String taskName, String cause) {
        if (pending != null && pending.id == checkpointId) {
            fail(pending, "task " + taskName + " could not snapshot its state: " + cause);
        }
    }

    synchronized void acknowledge(long checkpointId, Map<String, Map<Integer, OperatorSnapshot>> snapshots) {
        if (pending == null || pending.id != checkpointId) {
            return;
        }
        snapshots.forEach((vertex, bySubtask) -> pending.vertices.computeIfAbsent(vertex, ignored -> new TreeMap<>()).putAll(bySubtask));
        if (--pending.missingAcknowledgements > 0) {
            return;
        }
        Pending completed = pending;
        Map<String, List<OperatorSnapshot>> vertices = new TreeMap<>();
        completed.vertices.forEach((vertex, bySubtask) -> vertices.put(vertex, new ArrayList<>(bySubtask.values())));
        JobSnapshot snapshot = new JobSnapshot(jobName, completed.id, vertices, completed.enumerators);
        try {
            listener.accept(snapshot);
        } catch (RuntimeException e) {
            // Not complete: nothing is committed and earlier checkpoints stay as they are.
            fail(completed, "it could not be stored: " + e.getMessage());
            return;
        }
        ended(completed);
        Duration duration = Duration.ofNanos(System.nanoTime() - completed.startNanos);
        long size = CheckpointStatistics.sizeOf(snapshot);
        if (!completed.stopSources) {
            history.completed(completed.id, duration, size);
        }
        CheckpointStatistics statistics = history.statistics();
        LOG.info("Job '{}' completed checkpoint {} in {} ms ({} bytes); {} completed, {} failed so far", jobName, completed.id,
                duration.toMillis(), size, statistics.completed(), statistics.failed());
        committing.put(completed.id, new Committing(tasks.size()));
        tasks.forEach(task -> task.notifyCheckpointComplete(completed.id));
        completed.future.complete(snapshot);
    }

    /** Fails a pending checkpoint, counting it against the tolerated failures unless it is a savepoint. */
    private synchronized void fail(Pending checkpoint, String reason) {
        if (pending != checkpoint) {
            return;
        }
        ended(checkpoint);
        aborts.abort(checkpoint.id);
        String message = "Checkpoint " + checkpoint.id + " of job '" + jobName + "' failed: " + reason;
        LOG.warn("{}", message);
        checkpoint.future.completeExceptionally(new IllegalStateException(message));
        if (!checkpoint.stopSources) {
            history.failed("checkpoint " + checkpoint.id + " failed: " + reason)
                    .ifPresent(exceeded -> failJob.accept(new CheckpointException(exceeded)));
        }
    }

    /** Clears the pending checkpoint and lets the next periodic one start after the minimum pause. */
    private void ended(Pending checkpoint) {
        pending = null;
        if (checkpoint.timeout != null) {
            checkpoint.timeout.cancel(false);
        }
        lastEndNanos = System.nanoTime();
        if (periodicDue && finishedReason == null) {
            periodicDue = false;
            schedule(this::periodic, settings.minPause().toNanos());
        }
    }

    /** Whether {@code checkpointId} is the pending stop with savepoint (its state must be written whole, canonically). */
    synchronized boolean isSavepoint(long checkpointId) {
        return pending != null && pending.id == checkpointId && pending.stopSources;
    }

    /** A task has told its operators (sinks commit) that {@code checkpointId} completed. */
    synchronized void committed(long checkpointId) {
        Committing checkpoint = committing.get(checkpointId);
        if (checkpoint != null && --checkpoint.missing == 0) {
            committing.remove(checkpointId);
            checkpoint.future.complete(null);
        }
    }

    /** Completes once every task has been told that {@code checkpointId} completed (sinks committed it). */
    synchronized CompletableFuture<Void> whenCommitted(long checkpointId) {
        Committing checkpoint = committing.get(checkpointId);
        return checkpoint == null ? CompletableFuture.completedFuture(null) : checkpoint.future;
    }

    /** No more checkpoints: part of the job finished, failed or was cancelled. */
    synchronized void stop(String reason) {
        if (finishedReason == null) {
            finishedReason = reason;
        }
        abort(reason);
    }

    /** Drops the pending checkpoint without counting it as a failure (the job is ending). */
    private synchronized void abort(String reason) {
        if (pending != null) {
            Pending aborted = pending;
            ended(aborted);
            aborts.abort(aborted.id);
            aborted.future.completeExceptionally(new IllegalStateException(
                    "Checkpoint " + aborted.id + " of job '" + jobName + "' was aborted: " + reason));
        }
    }

    private ScheduledFuture<?> schedule(Runnable action, long delayNanos) {
        try {
            return executor.schedule(action, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            return null; // the job ended and shut its coordinator thread down
        }
    }
}

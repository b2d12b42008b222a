package io.eddy.runtime.execution;

import io.eddy.runtime.operator.OperatorSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes aligned checkpoints of one job, one at a time: snapshots the split enumerators, asks every
 * source task to snapshot and send a barrier downstream, collects every task's acknowledgement (tasks
 * snapshot once the barrier arrived on all their inputs), then tells every task the checkpoint
 * completed (sinks commit) and hands out the {@link JobSnapshot}.
 */
final class CheckpointCoordinator {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointCoordinator.class);

    /** A checkpoint waiting for acknowledgements. */
    private static final class Pending {
        final long id;
        final CompletableFuture<JobSnapshot> future = new CompletableFuture<>();
        final Map<String, Map<Integer, OperatorSnapshot>> vertices = new HashMap<>();
        final Map<String, byte[]> enumerators = new TreeMap<>();
        final boolean stopSources;
        int missingAcknowledgements;

        Pending(long id, int tasks, boolean stopSources) {
            this.id = id;
            this.missingAcknowledgements = tasks;
            this.stopSources = stopSources;
        }
    }

    /** A completed checkpoint whose tasks are committing (told it completed) and have not all answered yet. */
    private static final class Committing {
        final long id;
        final CompletableFuture<Void> future = new CompletableFuture<>();
        int missing;

        Committing(long id, int tasks) {
            this.id = id;
            this.missing = tasks;
        }
    }

    private final String jobName;
    private final List<StreamTask> tasks;
    private final List<StreamTask> sourceTasks;
    private final List<SourceCoordinator<?>> sources;
    private final ScheduledExecutorService executor;
    private final Consumer<JobSnapshot> listener;
    private long nextId;
    private Pending pending;
    private final Map<Long, Committing> committing = new HashMap<>();
    private String finishedReason;

    CheckpointCoordinator(String jobName, List<StreamTask> tasks, List<SourceCoordinator<?>> sources, ScheduledExecutorService executor,
                          Consumer<JobSnapshot> listener, long firstId) {
        this.listener = listener;
        this.nextId = firstId;
        this.jobName = jobName;
        this.tasks = List.copyOf(tasks);
        this.sourceTasks = tasks.stream().filter(StreamTask::isSourceTask).toList();
        this.sources = List.copyOf(sources);
        this.executor = executor;
    }

    synchronized CompletableFuture<JobSnapshot> trigger() {
        return trigger(false);
    }

    /**
     * Starts a checkpoint; with {@code stopSources} (a stop with savepoint) the sources emit nothing after
     * their barrier, so the snapshot is the last state of the job.
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
        Pending checkpoint = new Pending(nextId++, tasks.size(), stopSources);
        pending = checkpoint;
        executor.execute(() -> {
            try {
                for (SourceCoordinator<?> source : sources) {
                    checkpoint.enumerators.put(source.vertexName(), source.snapshotEnumerator(checkpoint.id));
                }
            } catch (Exception e) {
                abort("its split enumerator failed: " + e.getMessage());
                return;
            }
            sourceTasks.forEach(task -> task.triggerCheckpoint(checkpoint.id, checkpoint.stopSources));
        });
        return checkpoint.future;
    }

    synchronized void acknowledge(long checkpointId, Map<String, Map<Integer, OperatorSnapshot>> snapshots) {
        if (pending == null || pending.id != checkpointId) {
            return;
        }
        snapshots.forEach((vertex, bySubtask) -> pending.vertices.computeIfAbsent(vertex, ignored -> new TreeMap<>()).putAll(bySubtask));
        if (--pending.missingAcknowledgements == 0) {
            Pending completed = pending;
            pending = null;
            Map<String, List<OperatorSnapshot>> vertices = new TreeMap<>();
            completed.vertices.forEach((vertex, bySubtask) -> vertices.put(vertex, new ArrayList<>(bySubtask.values())));
            JobSnapshot snapshot = new JobSnapshot(jobName, completed.id, vertices, completed.enumerators);
            try {
                listener.accept(snapshot);
            } catch (RuntimeException e) {
                // The checkpoint is not complete: nothing is committed and earlier checkpoints stay as they are.
                LOG.error("Job '{}': checkpoint {} failed: {}", jobName, completed.id, e.getMessage());
                completed.future.completeExceptionally(new IllegalStateException(
                        "Checkpoint " + completed.id + " of job '" + jobName + "' failed: " + e.getMessage(), e));
                return;
            }
            LOG.info("Job '{}' completed checkpoint {}", jobName, completed.id);
            committing.put(completed.id, new Committing(completed.id, tasks.size()));
            tasks.forEach(task -> task.notifyCheckpointComplete(completed.id));
            completed.future.complete(snapshot);
        }
    }

    /**
     * A task could not finish its part of checkpoint {@code checkpointId} (its asynchronous part failed):
     * that checkpoint fails, the job goes on and the next checkpoint may succeed.
     */
    synchronized void decline(long checkpointId, String reason) {
        if (pending != null && pending.id == checkpointId) {
            LOG.warn("Job '{}': checkpoint {} was declined: {}", jobName, checkpointId, reason);
            abort(reason);
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

    private synchronized void abort(String reason) {
        if (pending != null) {
            pending.future.completeExceptionally(new IllegalStateException(
                    "Checkpoint " + pending.id + " of job '" + jobName + "' was aborted: " + reason));
            pending = null;
        }
    }
}

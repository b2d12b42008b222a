package io.eddy.runtime.execution;

import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.operator.StreamOperator;
import io.eddy.runtime.state.AsyncSnapshot;
import io.eddy.runtime.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subtask of one chain, run by its own thread: a loop that moves buffered output on, pulls input
 * only while every output channel has room (back-pressure), fires processing-time timers, flushes
 * buffers at the buffer timeout and idles with a back-off strategy when there is nothing to do. At the
 * end of input it finishes the chain's operators in order and sends end-of-input downstream.
 *
 * <p>A checkpoint takes the synchronous part of every operator's snapshot, forwards the barrier and goes
 * on processing; the asynchronous parts (reading or uploading RocksDB checkpoints) run on the task's
 * checkpoint I/O thread, which acknowledges when they are done, or declines the checkpoint when one
 * fails (only that checkpoint fails). Snapshots with nothing asynchronous are acknowledged at once.
 */
final class StreamTask implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamTask.class);

    /**
     * An operator of the chain.
     *
     * @param operator the instance
     * @param vertexName its vertex, the key of its state in job snapshots
     * @param subtaskIndex its subtask
     * @param taskName the name failures are reported under
     * @param restored the state to start from
     */
    record ChainedOperator(StreamOperator operator, String vertexName, int subtaskIndex, String taskName,
                           OperatorSnapshot restored) {
    }

    /** The snapshot of one operator of the chain for one checkpoint. */
    private record SnapshotPart(String vertexName, int subtaskIndex, AsyncSnapshot<OperatorSnapshot> snapshot) {
    }

    /** Snapshots kept for the news that their checkpoint completed; older ones were declined (or are not worth confirming). */
    private static final int MAX_AWAITING_COMPLETION = 4;

    /** Test hook: runs on the checkpoint I/O thread before each asynchronous part, with the checkpoint id. */
    static volatile LongConsumer beforeAsynchronousPart = checkpointId -> { };

    private final String jobName;
    private final String taskName;
    private final String headVertexName;
    private final int subtaskIndex;
    private final boolean sourceTask;
    private final TaskHead head;
    private final List<ChainedOperator> chain;
    private final TaskOutput output;
    private final Clock clock;
    private final LoopTime time;
    private final Job job;
    private final IdleStrategy idleStrategy = BackoffIdleStrategy.forTasks();
    private final ConcurrentLinkedQueue<Long> checkpointTriggers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> completedCheckpoints = new ConcurrentLinkedQueue<>();
    private volatile boolean cancelled;
    private volatile long stopAfterCheckpoint = -1;
    private volatile boolean stopped;
    private final Object threadLock = new Object();
    private Thread thread;
    private final NavigableMap<Long, List<SnapshotPart>> awaitingCompletion = new TreeMap<>();
    private ExecutorService checkpointIo;
    private Future<?> asynchronousParts;

    StreamTask(String jobName, String headVertexName, int subtaskIndex, int parallelism, boolean sourceTask, TaskHead head,
               List<ChainedOperator> chain, TaskOutput output, Clock clock, LoopTime time, Job job) {
        this.jobName = jobName;
        this.headVertexName = headVertexName;
        this.subtaskIndex = subtaskIndex;
        this.sourceTask = sourceTask;
        this.taskName = headVertexName + " (" + (subtaskIndex + 1) + "/" + parallelism + ")";
        this.head = head;
        this.chain = List.copyOf(chain);
        this.output = output;
        this.clock = clock;
        this.time = time;
        this.job = job;
    }

    String taskName() {
        return taskName;
    }

    boolean isSourceTask() {
        return sourceTask;
    }

    /** Asks a source task to take checkpoint {@code checkpointId} (from any thread). */
    void triggerCheckpoint(long checkpointId) {
        triggerCheckpoint(checkpointId, false);
    }

    /**
     * Asks a source task to take checkpoint {@code checkpointId}; with {@code stopAfter} its source emits
     * nothing more after the barrier (a stop with savepoint), while the task keeps committing.
     */
    void triggerCheckpoint(long checkpointId, boolean stopAfter) {
        if (stopAfter) {
            stopAfterCheckpoint = checkpointId;
        }
        checkpointTriggers.add(checkpointId);
    }

    /** Tells the task a checkpoint completed (from any thread); its operators commit in the task thread. */
    void notifyCheckpointComplete(long checkpointId) {
        completedCheckpoints.add(checkpointId);
    }

    /** Lets a source stopped by a stop with savepoint emit again (the savepoint failed). */
    void resumeSource() {
        stopAfterCheckpoint = -1;
        stopped = false;
    }

    void cancel() {
        cancelled = true;
        synchronized (threadLock) {
            if (thread != null) {
                thread.interrupt();
            }
        }
    }

    @Override
    public void run() {
        synchronized (threadLock) {
            thread = Thread.currentThread();
        }
        time.now = clock.currentTimeMillis();
        boolean succeeded = false;
        try {
            openChain();
            runHead(head::start, taskName);
            LOG.debug("Job '{}' task {} started", jobName, taskName);
            loop();
            succeeded = !cancelled;
        } catch (Throwable failure) {
            if (!cancelled) {
                job.taskFailed(this, failure);
            }
        } finally {
            // The interrupt of a cancel only wakes the loop: operators and clients close uninterrupted.
            synchronized (threadLock) {
                thread = null;
            }
            Thread.interrupted();
            closeAll();
            job.taskExited(this, succeeded);
        }
    }

    private void openChain() throws Exception {
        for (int i = chain.size() - 1; i >= 0; i--) {
            ChainedOperator entry = chain.get(i);
            runHead(() -> {
                entry.operator().initializeState(entry.restored());
                entry.operator().open();
            }, entry.taskName());
        }
    }

    private void loop() throws Exception {
        boolean inputEnded = false;
        while (!cancelled) {
            time.now = clock.currentTimeMillis();
            int work = output.drain();
            if (!inputEnded) {
                if (output.isWritable() && !stopped) {
                    work += head.poll();
                }
                long aligned = head.alignedCheckpoint();
                if (aligned >= 0) {
                    checkpointOrDecline(aligned);
                    head.resumeAfterCheckpoint();
                    work++;
                }
                Long trigger;
                while ((trigger = checkpointTriggers.poll()) != null) {
                    checkpointOrDecline(trigger);
                    stopped |= trigger == stopAfterCheckpoint;
                    work++;
                }
                if (head.isFinished()) {
                    awaitAsynchronousParts();
                    job.taskReachedEndOfInput(this);
                    finishChain();
                    output.broadcast(ControlEvent.EndOfInput.INSTANCE);
                    output.flush();
                    inputEnded = true;
                    work++;
                }
            } else if (!output.hasWaiting()) {
                return;
            }
            Long completed;
            while ((completed = completedCheckpoints.poll()) != null) {
                confirmSnapshots(completed);
                for (ChainedOperator entry : chain) {
                    long checkpointId = completed;
                    runHead(() -> entry.operator().notifyCheckpointComplete(checkpointId), entry.taskName());
                }
                job.checkpointCommitted(completed);
                work++;
            }
            head.advanceTime(time.now);
            for (ChainedOperator entry : chain) {
                entry.operator().advanceProcessingTime(time.now);
            }
            output.flushIfDue();
            idleStrategy.idle(work);
        }
    }

    /** Takes a checkpoint; when that fails, declines it (the checkpoint fails, the task keeps running). */
    private void checkpointOrDecline(long checkpointId) {
        try {
            checkpoint(checkpointId);
        } catch (Exception e) {
            if (!cancelled) {
                LOG.warn("Job '{}' task {} declines checkpoint {}: {}", jobName, taskName, checkpointId, e.getMessage());
                job.declineCheckpoint(checkpointId, this, e);
            }
        }
    }

    /**
     * Takes the synchronous part of the snapshots of the head and every operator, passes the barrier on,
     * and acknowledges the checkpoint at once or once the asynchronous parts are done.
     */
    @SuppressWarnings("unchecked")
    private void checkpoint(long checkpointId) throws Exception {
        boolean canonical = job.isSavepoint(checkpointId);
        List<SnapshotPart> parts = new ArrayList<>();
        OperatorSnapshot headState = head.snapshotState(checkpointId);
        if (headState != null) {
            parts.add(new SnapshotPart(headVertexName, subtaskIndex, AsyncSnapshot.done(headState)));
        }
        for (ChainedOperator entry : chain) {
            AsyncSnapshot<OperatorSnapshot>[] taken = new AsyncSnapshot[1];
            runHead(() -> taken[0] = entry.operator().snapshotStateAsync(checkpointId, canonical), entry.taskName());
            parts.add(new SnapshotPart(entry.vertexName(), entry.subtaskIndex(), taken[0]));
        }
        output.broadcast(new ControlEvent.Barrier(checkpointId));
        output.flush();
        awaitingCompletion.put(checkpointId, parts);
        while (awaitingCompletion.size() > MAX_AWAITING_COMPLETION) {
            awaitingCompletion.pollFirstEntry();
        }
        if (parts.stream().allMatch(part -> part.snapshot().isDone())) {
            job.acknowledgeCheckpoint(checkpointId, complete(parts));
        } else {
            asynchronousParts = checkpointIo().submit(() -> completeAsynchronously(checkpointId, parts));
        }
    }

    private static Map<String, Map<Integer, OperatorSnapshot>> complete(List<SnapshotPart> parts) throws Exception {
        Map<String, Map<Integer, OperatorSnapshot>> snapshots = new HashMap<>();
        for (SnapshotPart part : parts) {
            snapshots.put(part.vertexName(), Map.of(part.subtaskIndex(), part.snapshot().complete()));
        }
        return snapshots;
    }

    /** On the checkpoint I/O thread: finishes the snapshots and acknowledges, or declines the checkpoint. */
    private void completeAsynchronously(long checkpointId, List<SnapshotPart> parts) {
        long started = System.nanoTime();
        try {
            beforeAsynchronousPart.accept(checkpointId);
            Map<String, Map<Integer, OperatorSnapshot>> snapshots = complete(parts);
            LOG.debug("Job '{}' task {}: asynchronous part of checkpoint {} took {} ms", jobName, taskName, checkpointId,
                    (System.nanoTime() - started) / 1_000_000);
            job.acknowledgeCheckpoint(checkpointId, snapshots);
        } catch (Exception | Error e) {
            if (!cancelled) {
                LOG.warn("Job '{}' task {} could not write its state for checkpoint {}", jobName, taskName, checkpointId, e);
                job.declineCheckpoint(checkpointId, this, e);
            }
        }
    }

    private ExecutorService checkpointIo() {
        if (checkpointIo == null) {
            checkpointIo = Executors.newSingleThreadExecutor(runnable -> {
                Thread io = new Thread(runnable, jobName + "/" + taskName + " checkpoint I/O");
                io.setDaemon(true);
                return io;
            });
        }
        return checkpointIo;
    }

    /** Before the end of input ends checkpointing: lets a running asynchronous part acknowledge. */
    private void awaitAsynchronousParts() throws Exception {
        if (asynchronousParts != null) {
            asynchronousParts.get();
        }
    }

    /** The checkpoint completed: what its snapshots wrote may be shared by later ones; earlier ones never complete. */
    private void confirmSnapshots(long checkpointId) {
        List<SnapshotPart> parts = awaitingCompletion.remove(checkpointId);
        awaitingCompletion.headMap(checkpointId).clear();
        if (parts != null) {
            parts.forEach(part -> part.snapshot().confirm());
        }
    }

    private void finishChain() throws Exception {
        for (ChainedOperator entry : chain) {
            runHead(entry.operator()::finish, entry.taskName());
        }
    }

    /** Runs a call of the task itself (not through a chaining output) so its failure names the operator. */
    private static void runHead(ThrowingAction action, String name) throws Exception {
        try {
            action.run();
        } catch (Exception | Error e) {
            throw OperatorException.wrap(name, e);
        }
    }

    private void closeAll() {
        if (checkpointIo != null) {
            checkpointIo.shutdownNow();
        }
        for (ChainedOperator entry : chain) {
            try {
                entry.operator().close();
            } catch (Exception e) {
                LOG.warn("Job '{}' task {}: closing {} failed", jobName, taskName, entry.taskName(), e);
            }
        }
        try {
            head.close();
        } catch (Exception e) {
            LOG.warn("Job '{}' task {}: closing the input failed", jobName, taskName, e);
        }
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws Exception;
    }

    @Override
    public String toString() {
        return "StreamTask[" + taskName + "]";
    }
}

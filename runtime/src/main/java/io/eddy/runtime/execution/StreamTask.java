package io.eddy.runtime.execution;

import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.operator.StreamOperator;
import io.eddy.runtime.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subtask of one chain, run by its own thread: a loop that moves buffered output on, pulls input
 * only while every output channel has room (back-pressure), fires processing-time timers, flushes
 * buffers at the buffer timeout and idles with a back-off strategy when there is nothing to do. At the
 * end of input it finishes the chain's operators in order and sends end-of-input downstream.
 */
final class StreamTask implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamTask.class);

    /** An operator of the chain with the name failures are reported under. */
    record ChainedOperator(StreamOperator operator, String taskName) {
    }

    private final String jobName;
    private final String taskName;
    private final TaskHead head;
    private final List<ChainedOperator> chain;
    private final TaskOutput output;
    private final Clock clock;
    private final LoopTime time;
    private final Job job;
    private final IdleStrategy idleStrategy = BackoffIdleStrategy.forTasks();
    private volatile boolean cancelled;
    private volatile Thread thread;

    StreamTask(String jobName, String taskName, TaskHead head, List<ChainedOperator> chain, TaskOutput output,
               Clock clock, LoopTime time, Job job) {
        this.jobName = jobName;
        this.taskName = taskName;
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

    void cancel() {
        cancelled = true;
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
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
            closeAll();
            thread = null;
            job.taskExited(this, succeeded);
        }
    }

    private void openChain() throws Exception {
        for (int i = chain.size() - 1; i >= 0; i--) {
            ChainedOperator entry = chain.get(i);
            runHead(() -> {
                entry.operator().initializeState(OperatorSnapshot.EMPTY);
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
                if (output.isWritable()) {
                    work += head.poll();
                }
                if (head.isFinished()) {
                    finishChain();
                    output.broadcast(ControlEvent.EndOfInput.INSTANCE);
                    output.flush();
                    inputEnded = true;
                    work++;
                }
            } else if (!output.hasWaiting()) {
                return;
            }
            head.advanceTime(time.now);
            for (ChainedOperator entry : chain) {
                entry.operator().advanceProcessingTime(time.now);
            }
            output.flushIfDue();
            idleStrategy.idle(work);
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

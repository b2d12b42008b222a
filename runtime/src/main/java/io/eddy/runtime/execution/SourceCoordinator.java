package io.eddy.runtime.execution;

import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.source.SourceSplit;
import io.eddy.runtime.source.SplitEnumerator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Runs one source's split enumerator on the job's coordinator thread and delivers its assignments to
 * the reader subtasks' drivers.
 */
final class SourceCoordinator<S extends SourceSplit> implements EnumeratorContext<S> {

    private final String vertexName;
    private final String name;
    private final byte[] restoredState;
    private final Source<S> source;
    private final List<SourceDriver<S>> drivers;
    private final ScheduledExecutorService executor;
    private final BiConsumer<String, Throwable> failureHandler;
    private SplitEnumerator<S> enumerator;

    SourceCoordinator(String name, Source<S> source, byte[] restoredState, List<SourceDriver<S>> drivers,
                      ScheduledExecutorService executor, BiConsumer<String, Throwable> failureHandler) {
        this.vertexName = name;
        this.name = name + " split enumerator";
        this.restoredState = restoredState;
        this.source = source;
        this.drivers = List.copyOf(drivers);
        this.executor = executor;
        this.failureHandler = failureHandler;
    }

    void start() {
        submit(() -> guarded(() -> {
            enumerator = source.createEnumerator(this, restoredState);
            enumerator.start();
        }));
    }

    /**
     * Runs {@code task} on the coordinator thread; when the coordinator has already stopped (another
     * source's enumerator failed the job while this one was being deployed) there is nothing to do.
     */
    private void submit(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException stopped) {
            // the job is ending; its failure is reported by whoever stopped the coordinator
        }
    }

    String vertexName() {
        return vertexName;
    }

    /** Called on the coordinator thread. */
    byte[] snapshotEnumerator(long checkpointId) throws Exception {
        if (enumerator == null) {
            throw new IllegalStateException(name + " has not started");
        }
        return enumerator.snapshotState(checkpointId);
    }

    void close() {
        submit(() -> {
            if (enumerator != null) {
                guarded(enumerator::close);
            }
        });
    }

    private void guarded(ThrowingAction action) {
        try {
            action.run();
        } catch (Exception | Error e) {
            failureHandler.accept(name, e);
        }
    }

    @Override
    public int parallelism() {
        return drivers.size();
    }

    @Override
    public void assignSplits(int subtaskIndex, List<S> splits) {
        checkSubtask(subtaskIndex);
        drivers.get(subtaskIndex).assignSplits(splits);
    }

    @Override
    public void signalNoMoreSplits(int subtaskIndex) {
        checkSubtask(subtaskIndex);
        drivers.get(subtaskIndex).signalNoMoreSplits();
    }

    private void checkSubtask(int subtaskIndex) {
        if (subtaskIndex < 0 || subtaskIndex >= drivers.size()) {
            throw new IllegalArgumentException(name + ": no reader subtask " + subtaskIndex + " (parallelism " + drivers.size() + ")");
        }
    }

    @Override
    public void callPeriodically(Runnable action, Duration period) {
        long millis = Math.max(1, period.toMillis());
        try {
            executor.scheduleWithFixedDelay(() -> guarded(action::run), millis, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // the job is ending: nothing to call any more
        }
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws Exception;
    }
}

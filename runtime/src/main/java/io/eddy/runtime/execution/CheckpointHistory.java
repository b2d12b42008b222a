package io.eddy.runtime.execution;

import java.time.Duration;
import java.util.Optional;

/**
 * The checkpoints of one job across its attempts: keeps its {@link CheckpointStatistics} and counts
 * checkpoint failures in a row against {@code execution.checkpointing.tolerable-failed-checkpoints}
 * (a completed checkpoint resets the count). Thread-safe.
 */
final class CheckpointHistory {

    private final int tolerableFailures;
    private CheckpointStatistics statistics = CheckpointStatistics.NONE;
    private int failuresInARow;

    CheckpointHistory(int tolerableFailures) {
        this.tolerableFailures = tolerableFailures;
    }

    synchronized void completed(long checkpointId, Duration duration, long sizeBytes) {
        statistics = statistics.withCompleted(checkpointId, duration, sizeBytes);
        failuresInARow = 0;
    }

    /**
     * Records a failed checkpoint; returns the message to fail the job with when this failure is one
     * more than tolerated (the count then starts again, for the restarted job).
     */
    synchronized Optional<String> failed(String reason) {
        statistics = statistics.withFailure(reason);
        if (++failuresInARow <= tolerableFailures) {
            return Optional.empty();
        }
        int failures = failuresInARow;
        failuresInARow = 0;
        return Optional.of("Exceeded the tolerable checkpoint failures (execution.checkpointing.tolerable-failed-checkpoints = "
                + tolerableFailures + "): " + failures + (failures == 1 ? " failure" : " failures in a row")
                + ", the last: " + reason);
    }

    synchronized CheckpointStatistics statistics() {
        return statistics;
    }
}

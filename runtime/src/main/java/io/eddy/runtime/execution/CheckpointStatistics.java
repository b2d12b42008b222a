package io.eddy.runtime.execution;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.operator.OperatorSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a job's checkpoints came to so far, across restarts: how many completed and failed, and the
 * last completed one's id, duration (trigger to acknowledgement by every task) and size.
 *
 * @param completed checkpoints completed
 * @param failed checkpoints that failed (timed out, declined by a task, not stored); savepoints do not count
 * @param lastCompletedId the id of the last completed checkpoint, -1 when none completed
 * @param lastDuration how long the last completed checkpoint took, zero when none completed
 * @param lastSizeBytes the bytes of state in the last completed checkpoint, 0 when none completed
 * @param lastFailure why the last failed checkpoint failed, empty when none failed
 */
public record CheckpointStatistics(long completed, long failed, long lastCompletedId, Duration lastDuration, long lastSizeBytes,
                                   Optional<String> lastFailure) {

    /** No checkpoint yet. */
    public static final CheckpointStatistics NONE = new CheckpointStatistics(0, 0, -1, Duration.ZERO, 0, Optional.empty());

    public CheckpointStatistics {
        requireNonNull(lastDuration, "lastDuration is null");
        requireNonNull(lastFailure, "lastFailure is null");
    }

    CheckpointStatistics withCompleted(long checkpointId, Duration duration, long sizeBytes) {
        return new CheckpointStatistics(completed + 1, failed, checkpointId, duration, sizeBytes, lastFailure);
    }

    CheckpointStatistics withFailure(String reason) {
        return new CheckpointStatistics(completed, failed + 1, lastCompletedId, lastDuration, lastSizeBytes, Optional.of(reason));
    }

    /**
     * The bytes of state a snapshot holds: keyed state (for an incremental checkpoint, all the files it
     * refers to, shared ones included), timers, operator state and enumerator state.
     */
    static long sizeOf(JobSnapshot snapshot) {
        long bytes = 0;
        for (List<OperatorSnapshot> subtasks : snapshot.vertices().values()) {
            for (OperatorSnapshot subtask : subtasks) {
                bytes += subtask.keyedState().values().stream().mapToLong(state -> state.length).sum();
                bytes += subtask.timers().values().stream().mapToLong(timers -> timers.length).sum();
                bytes += subtask.operatorState().stream().mapToLong(state -> state.length).sum();
                bytes += subtask.keyedHandles().stream().flatMap(handle -> handle.files().stream())
                        .mapToLong(file -> file.length()).sum();
            }
        }
        return bytes + snapshot.enumerators().values().stream().mapToLong(state -> state.length).sum();
    }

    @Override
    public String toString() {
        return "CheckpointStatistics[" + completed + " completed, " + failed + " failed"
                + (lastCompletedId < 0 ? "" : ", last " + lastCompletedId + " took " + lastDuration.toMillis() + " ms, " + lastSizeBytes + " bytes")
                + lastFailure.map(reason -> ", last failure: " + reason).orElse("") + "]";
    }
}

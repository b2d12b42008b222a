package io.eddy.runtime.operator;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.state.KeyGroupAssignment;
import io.eddy.runtime.state.KeyGroupRange;
import io.eddy.runtime.state.StateBackendFactory;
import io.eddy.runtime.time.Clock;

/**
 * What the runtime tells an operator subtask about where it runs.
 *
 * @param operatorName the vertex name, for logs, errors and metrics
 * @param subtaskIndex 0-based index of this subtask
 * @param parallelism number of subtasks of the operator
 * @param maxParallelism number of key groups
 * @param configuration the job's configuration
 * @param clock processing time
 * @param stateBackend creates the keyed state backend of keyed operators
 * @param metrics this subtask's metrics
 */
public record OperatorContext(String operatorName, int subtaskIndex, int parallelism, int maxParallelism,
                              Configuration configuration, Clock clock, StateBackendFactory stateBackend,
                              OperatorMetrics metrics) {

    public OperatorContext {
        requireNonNull(operatorName, "operatorName is null");
        requireNonNull(configuration, "configuration is null");
        requireNonNull(clock, "clock is null");
        requireNonNull(stateBackend, "stateBackend is null");
        requireNonNull(metrics, "metrics is null");
        KeyGroupAssignment.checkParallelism(maxParallelism, parallelism);
        if (subtaskIndex < 0 || subtaskIndex >= parallelism) {
            throw new IllegalArgumentException("subtask index " + subtaskIndex + " is not below parallelism " + parallelism);
        }
    }

    /** The key groups this subtask owns. */
    public KeyGroupRange keyGroupRange() {
        return KeyGroupAssignment.rangeForSubtask(maxParallelism, parallelism, subtaskIndex);
    }

    /** "name (2/4)": the operator and 1-based subtask, as in log lines and errors. */
    public String taskName() {
        return operatorName + " (" + (subtaskIndex + 1) + "/" + parallelism + ")";
    }
}

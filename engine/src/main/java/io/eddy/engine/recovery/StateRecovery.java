package io.eddy.engine.recovery;

import io.eddy.catalog.options.OptionValues;
import io.eddy.engine.config.SessionOptions;
import io.eddy.engine.error.StatementException;
import io.eddy.jdbc.spi.EddySqlException;
import io.eddy.runtime.execution.CheckpointStorage;
import io.eddy.runtime.execution.JobSnapshot;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.graph.Vertex;
import io.eddy.runtime.operator.OperatorSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot a job starts from when the session set {@code execution.state-recovery.path}
 * (Flink 1.x: {@code execution.savepoint.path}): a savepoint, a {@code chk-<n>} checkpoint, or a
 * job's checkpoint directory (its latest complete checkpoint). The snapshot must fit the job's
 * plan: state of an operator the plan does not have (its SQL changed) fails the job's submission,
 * unless {@code execution.state-recovery.ignore-unclaimed-state} is true, as in Flink; state
 * with more key groups than an operator's max parallelism fails always.
 */
public final class StateRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(StateRecovery.class);

    private StateRecovery() {
    }

    /**
     * The snapshot {@code graph} starts from, empty when no recovery path is set.
     *
     * @throws StatementException with a one-line message when the path holds no usable snapshot or the
     *     snapshot does not fit the plan
     */
    public static Optional<JobSnapshot> forJob(JobGraph graph, Map<String, String> session) {
        OptionValues options = new OptionValues(session);
        Optional<String> configured = options.getOptional(SessionOptions.STATE_RECOVERY_PATH).filter(path -> !path.isBlank());
        if (configured.isEmpty()) {
            return Optional.empty();
        }
        Path path = Path.of(configured.get().strip().replaceFirst("^file://", ""));
        JobSnapshot snapshot;
        try {
            snapshot = CheckpointStorage.loadFrom(path);
        } catch (IOException | RuntimeException e) {
            throw failure("Cannot restore from '" + path + "': " + e.getMessage(),
                    "Point 'execution.state-recovery.path' at a savepoint, a chk-<n> directory or a job's checkpoint directory");
        }
        boolean ignoreUnclaimed = options.get(SessionOptions.STATE_RECOVERY_IGNORE_UNCLAIMED);
        check(graph, snapshot, path, ignoreUnclaimed);
        LOG.info("Job '{}' restores checkpoint {} of job '{}' from {}", graph.name(), snapshot.checkpointId(),
                snapshot.jobName(), path);
        return Optional.of(snapshot);
    }

    private static void check(JobGraph graph, JobSnapshot snapshot, Path path, boolean ignoreUnclaimed) {
        Map<String, Vertex> vertices = graph.vertices().stream().collect(Collectors.toMap(Vertex::name, Function.identity()));
        List<String> unclaimed = snapshot.vertices().entrySet().stream()
                .filter(entry -> !vertices.containsKey(entry.getKey()))
                .filter(entry -> entry.getValue().stream().anyMatch(subtask -> !subtask.isEmpty()))
                .map(Map.Entry::getKey)
                .toList();
        if (!unclaimed.isEmpty() && !ignoreUnclaimed) {
            throw failure("Cannot restore from '" + path + "': it holds state of operator '" + unclaimed.get(0)
                    + "', which this job does not have" + (unclaimed.size() > 1 ? " (and of " + (unclaimed.size() - 1) + " more)" : "")
                    + "; the statements differ from the ones that took it",
                    "SET 'execution.state-recovery.ignore-unclaimed-state' = 'true' to start without that state");
        }
        if (!unclaimed.isEmpty()) {
            LOG.warn("Job '{}' restores from {} without the state of {}", graph.name(), path, unclaimed);
        }
        snapshot.vertices().forEach((name, subtasks) -> {
            Vertex vertex = vertices.get(name);
            if (vertex == null) {
                return;
            }
            int highest = Math.max(
                    subtasks.stream().map(OperatorSnapshot::keyedState).flatMap(state -> state.keySet().stream())
                            .mapToInt(Integer::intValue).max().orElse(-1),
                    subtasks.stream().flatMap(subtask -> subtask.keyedHandles().stream())
                            .filter(handle -> handle.range().size() > 0)
                            .mapToInt(handle -> handle.range().end()).max().orElse(-1));
            if (highest >= vertex.maxParallelism()) {
                throw failure("Cannot restore from '" + path + "': operator '" + name + "' has state in key group "
                        + highest + " but its max parallelism is " + vertex.maxParallelism(),
                        "Keep 'pipeline.max-parallelism' as it was when the snapshot was taken");
            }
        });
    }

    private static StatementException failure(String message, String hint) {
        return new StatementException(message, EddySqlException.ENGINE_FAILURE, 0, 0, hint);
    }
}

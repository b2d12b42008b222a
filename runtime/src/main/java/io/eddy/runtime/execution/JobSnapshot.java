package io.eddy.runtime.execution;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.operator.OperatorSnapshot;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A completed checkpoint of a job: every subtask's operator state by vertex name, and each source's
 * split enumerator state. A job graph with the same vertex names can be submitted from it, also with
 * other parallelisms (state is redistributed by key group, split positions round robin).
 *
 * @param jobName the job that took it
 * @param checkpointId its number within that job
 * @param vertices per vertex name, the snapshot of each subtask in subtask order
 * @param enumerators per source vertex name, its enumerator's state
 */
public record JobSnapshot(String jobName, long checkpointId, Map<String, List<OperatorSnapshot>> vertices,
                          Map<String, byte[]> enumerators) {

    public JobSnapshot {
        requireNonNull(jobName, "jobName is null");
        Map<String, List<OperatorSnapshot>> copies = new TreeMap<>();
        requireNonNull(vertices, "vertices is null").forEach((name, subtasks) -> copies.put(name, List.copyOf(subtasks)));
        vertices = Collections.unmodifiableMap(copies);
        enumerators = Map.copyOf(requireNonNull(enumerators, "enumerators is null"));
    }

    @Override
    public String toString() {
        return "JobSnapshot[" + jobName + " checkpoint " + checkpointId + ", vertices " + vertices.keySet() + "]";
    }
}

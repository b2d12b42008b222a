package io.eddy.runtime.graph;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.state.KeyGroupAssignment;

/**
 * A node of a job graph: a source or an operator (sinks are operators), run as {@code parallelism}
 * subtasks.
 *
 * @param id index in the graph
 * @param name shown in metrics, logs and errors
 * @param parallelism number of subtasks
 * @param maxParallelism number of key groups of its keyed state
 * @param source the source, or {@code null} for an operator vertex
 * @param operatorFactory the operator factory, or {@code null} for a source vertex
 */
public record Vertex(int id, String name, int parallelism, int maxParallelism, SourceSpec source, OperatorFactory operatorFactory) {

    public Vertex {
        requireNonNull(name, "name is null");
        KeyGroupAssignment.checkParallelism(maxParallelism, parallelism);
        if ((source == null) == (operatorFactory == null)) {
            throw new IllegalArgumentException("vertex '" + name + "' needs exactly one of a source and an operator factory");
        }
    }

    public boolean isSource() {
        return source != null;
    }

    @Override
    public String toString() {
        return "Vertex[" + id + " '" + name + "' x" + parallelism + (isSource() ? " source" : "") + "]";
    }
}

package io.eddy.runtime.graph;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;

/**
 * A connection from one vertex's output to one input of another.
 *
 * @param source the producing vertex id
 * @param target the consuming vertex id
 * @param partitioning how records are spread over the consumer's subtasks
 * @param keySelector the key for HASH partitioning, {@code null} otherwise
 * @param targetInput 1, or 2 for the second input of a two-input operator
 */
public record Edge(int source, int target, Partitioning partitioning, KeySelector keySelector, int targetInput) {

    public Edge {
        requireNonNull(partitioning, "partitioning is null");
        if ((partitioning == Partitioning.HASH) != (keySelector != null)) {
            throw new IllegalArgumentException("a key selector is required for HASH edges and only for them");
        }
        if (targetInput != 1 && targetInput != 2) {
            throw new IllegalArgumentException("target input must be 1 or 2, got " + targetInput);
        }
    }
}

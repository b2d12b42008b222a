package io.eddy.runtime.graph;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.state.KeyGroupAssignment;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * What a job runs: vertices (sources and operator factories) and the edges between them. Immutable and
 * checked when built; the job manager turns it into subtasks.
 *
 * @param name the job name
 * @param vertices by id
 * @param edges in the order they were added
 */
public record JobGraph(String name, List<Vertex> vertices, List<Edge> edges) {

    public JobGraph {
        requireNonNull(name, "name is null");
        vertices = List.copyOf(requireNonNull(vertices, "vertices is null"));
        edges = List.copyOf(requireNonNull(edges, "edges is null"));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Vertex vertex(int id) {
        return vertices.get(id);
    }

    public List<Edge> inputsOf(int vertexId) {
        return edges.stream().filter(edge -> edge.target() == vertexId).toList();
    }

    public List<Edge> outputsOf(int vertexId) {
        return edges.stream().filter(edge -> edge.source() == vertexId).toList();
    }

    /** The largest parallelism of any vertex: the slots the job needs with slot sharing. */
    public int maxVertexParallelism() {
        return vertices.stream().mapToInt(Vertex::parallelism).max().orElse(0);
    }

    /** Builds a job graph vertex by vertex; vertices must be added before the edges that use them. */
    public static final class Builder {
        private final String name;
        private final List<Vertex> vertices = new ArrayList<>();
        private final List<Edge> edges = new ArrayList<>();
        private int maxParallelism = KeyGroupAssignment.DEFAULT_MAX_PARALLELISM;

        private Builder(String name) {
            this.name = requireNonNull(name, "name is null");
        }

        /** The number of key groups of vertices added after this call ({@code pipeline.max-parallelism}). */
        public Builder maxParallelism(int value) {
            this.maxParallelism = value;
            return this;
        }

        public int addSource(String vertexName, Source<?> source, WatermarkStrategy watermarks, int parallelism) {
            return add(new Vertex(vertices.size(), vertexName, parallelism, maxParallelism, new SourceSpec(source, watermarks), null));
        }

        /** Adds an operator (or a sink: {@code SinkWriterOperator.factory(sink)}). */
        public int addOperator(String vertexName, OperatorFactory factory, int parallelism) {
            return add(new Vertex(vertices.size(), vertexName, parallelism, maxParallelism, null, requireNonNull(factory, "factory is null")));
        }

        private int add(Vertex vertex) {
            for (Vertex existing : vertices) {
                if (existing.name().equals(vertex.name())) {
                    throw new IllegalArgumentException("job '" + name + "' already has a vertex named '" + vertex.name() + "'");
                }
            }
            vertices.add(vertex);
            return vertex.id();
        }

        public Builder forward(int from, int to) {
            return connect(from, to, Partitioning.FORWARD, null, 1);
        }

        public Builder hash(int from, int to, KeySelector keySelector) {
            return connect(from, to, Partitioning.HASH, requireNonNull(keySelector, "keySelector is null"), 1);
        }

        public Builder connect(int from, int to, Partitioning partitioning) {
            return connect(from, to, partitioning, null, 1);
        }

        /** Connects {@code from} to input {@code targetInput} (1 or 2) of {@code to}. */
        public Builder connect(int from, int to, Partitioning partitioning, KeySelector keySelector, int targetInput) {
            Vertex source = vertex(from);
            Vertex target = vertex(to);
            if (target.isSource()) {
                throw new IllegalArgumentException("source '" + target.name() + "' cannot have inputs");
            }
            if (from == to) {
                throw new IllegalArgumentException("vertex '" + source.name() + "' cannot feed itself");
            }
            if (partitioning == Partitioning.FORWARD && source.parallelism() != target.parallelism()) {
                throw new IllegalArgumentException("FORWARD edge from '" + source.name() + "' (parallelism " + source.parallelism()
                        + ") to '" + target.name() + "' (parallelism " + target.parallelism() + ") needs equal parallelism; use REBALANCE or HASH");
            }
            edges.add(new Edge(from, to, partitioning, keySelector, targetInput));
            return this;
        }

        private Vertex vertex(int id) {
            if (id < 0 || id >= vertices.size()) {
                throw new IllegalArgumentException("job '" + name + "' has no vertex " + id);
            }
            return vertices.get(id);
        }

        public JobGraph build() {
            if (vertices.isEmpty()) {
                throw new IllegalArgumentException("job '" + name + "' has no vertices");
            }
            for (Vertex vertex : vertices) {
                boolean hasInput = edges.stream().anyMatch(edge -> edge.target() == vertex.id());
                if (!vertex.isSource() && !hasInput) {
                    throw new IllegalArgumentException("operator '" + vertex.name() + "' of job '" + name + "' has no input");
                }
            }
            checkAcyclic();
            return new JobGraph(name, vertices, edges);
        }

        private void checkAcyclic() {
            int[] inputs = new int[vertices.size()];
            edges.forEach(edge -> inputs[edge.target()]++);
            ArrayDeque<Integer> ready = new ArrayDeque<>();
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i] == 0) {
                    ready.add(i);
                }
            }
            int visited = 0;
            while (!ready.isEmpty()) {
                int vertex = ready.poll();
                visited++;
                for (Edge edge : edges) {
                    if (edge.source() == vertex && --inputs[edge.target()] == 0) {
                        ready.add(edge.target());
                    }
                }
            }
            if (visited < vertices.size()) {
                List<String> inCycle = new ArrayList<>();
                for (int i = 0; i < inputs.length; i++) {
                    if (inputs[i] > 0) {
                        inCycle.add("'" + vertices.get(i).name() + "'");
                    }
                }
                throw new IllegalArgumentException("job '" + name + "' has a cycle through " + String.join(", ", inCycle));
            }
        }
    }
}

package io.eddy.runtime.execution;

import io.eddy.runtime.config.CheckpointingMode;
import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.graph.Edge;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.graph.Partitioning;
import io.eddy.runtime.graph.Vertex;
import io.eddy.runtime.metrics.OperatorMetrics;
import io.eddy.runtime.operator.OneInputOperator;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.OperatorSnapshot;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.operator.StreamOperator;
import io.eddy.runtime.operator.TwoInputOperator;
import io.eddy.runtime.source.ReaderContext;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SourceSplit;
import io.eddy.runtime.state.HeapKeyedStateBackend;
import io.eddy.runtime.state.KeyGroupAssignment;
import io.eddy.runtime.state.StateBackendFactory;
import io.eddy.runtime.state.rocksdb.RocksDbStateBackendFactory;
import io.eddy.runtime.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Turns a job graph into the tasks of a {@link Job}: groups vertices into chains (forward edges between
 * equal parallelisms, one output and one input, unless {@code pipeline.operator-chaining.enabled} is
 * false), creates the bounded channels of every other edge, and builds one {@link StreamTask} per chain
 * and subtask with its operators, outputs and input.
 */
final class JobDeployment {

    private final JobGraph graph;
    private final Configuration configuration;
    private final Clock clock;
    private final Job job;
    private final ScheduledExecutorService executor;
    private final boolean chaining;
    private final CheckpointingMode checkpointingMode;
    private final StateBackendFactory stateBackend;
    private final Map<Edge, Channel[][]> channels = new HashMap<>();
    private final Map<Integer, List<SourceDriver<?>>> driversBySource = new HashMap<>();
    private final JobSnapshot restore;

    /** Deploys {@code graph}; {@code restore} (nullable) is the snapshot to start from. */
    JobDeployment(JobGraph graph, Configuration configuration, Clock clock, Job job, ScheduledExecutorService executor,
                  JobSnapshot restore) {
        this.graph = graph;
        this.restore = restore;
        this.executor = executor;
        this.configuration = configuration;
        this.clock = clock;
        this.job = job;
        this.chaining = configuration.get(RuntimeOptions.OPERATOR_CHAINING);
        this.checkpointingMode = configuration.get(RuntimeOptions.CHECKPOINTING_MODE);
        this.stateBackend = configuration.get(RuntimeOptions.STATE_BACKEND).equals("rocksdb")
                ? RocksDbStateBackendFactory.fromConfiguration(configuration, job.jobId())
                : HeapKeyedStateBackend.factory();
    }

    void deploy() throws Exception {
        createChannels();
        for (List<Vertex> chain : chains()) {
            for (int subtask = 0; subtask < chain.get(0).parallelism(); subtask++) {
                job.addTask(buildTask(chain, subtask));
            }
        }
        for (Vertex vertex : graph.vertices()) {
            if (vertex.isSource()) {
                job.addCoordinator(coordinator(vertex));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private SourceCoordinator<?> coordinator(Vertex vertex) {
        List drivers = driversBySource.get(vertex.id());
        Source source = vertex.source().source();
        byte[] restoredState = restore == null ? null : restore.enumerators().get(vertex.name());
        return new SourceCoordinator<>(vertex.name(), source, restoredState, drivers, executor, job::fail);
    }

    private boolean isChained(Edge edge) {
        Vertex source = graph.vertex(edge.source());
        Vertex target = graph.vertex(edge.target());
        return chaining && edge.partitioning() == Partitioning.FORWARD && source.parallelism() == target.parallelism()
                && graph.outputsOf(source.id()).size() == 1 && graph.inputsOf(target.id()).size() == 1;
    }

    private List<List<Vertex>> chains() {
        List<List<Vertex>> chains = new ArrayList<>();
        for (Vertex vertex : graph.vertices()) {
            List<Edge> inputs = graph.inputsOf(vertex.id());
            if (inputs.size() == 1 && isChained(inputs.get(0))) {
                continue;
            }
            List<Vertex> chain = new ArrayList<>();
            Vertex current = vertex;
            while (true) {
                chain.add(current);
                List<Edge> outputs = graph.outputsOf(current.id());
                if (outputs.size() != 1 || !isChained(outputs.get(0))) {
                    break;
                }
                current = graph.vertex(outputs.get(0).target());
            }
            chains.add(chain);
        }
        return chains;
    }

    private void createChannels() {
        int capacity = configuration.get(RuntimeOptions.BUFFERS_PER_CHANNEL);
        for (Edge edge : graph.edges()) {
            if (isChained(edge)) {
                continue;
            }
            Vertex source = graph.vertex(edge.source());
            Vertex target = graph.vertex(edge.target());
            ExchangeMetrics metrics = new ExchangeMetrics(source.name() + " -> " + target.name());
            job.addExchangeMetrics(metrics);
            boolean forward = edge.partitioning() == Partitioning.FORWARD;
            Channel[][] matrix = new Channel[source.parallelism()][forward ? 1 : target.parallelism()];
            for (Channel[] row : matrix) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = new Channel(capacity, metrics);
                }
            }
            channels.put(edge, matrix);
        }
    }

    private StreamTask buildTask(List<Vertex> chain, int subtask) throws Exception {
        LoopTime time = new LoopTime();
        List<OperatorMetrics> metrics = new ArrayList<>();
        for (Vertex vertex : chain) {
            OperatorMetrics vertexMetrics = new OperatorMetrics(vertex.name(), subtask);
            job.addOperatorMetrics(vertexMetrics);
            metrics.add(vertexMetrics);
        }
        Vertex tail = chain.get(chain.size() - 1);
        TaskOutput taskOutput = new TaskOutput(writers(tail, subtask, time), metrics.get(metrics.size() - 1));

        List<StreamTask.ChainedOperator> operators = new ArrayList<>();
        Output nextOutput = taskOutput;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Vertex vertex = chain.get(i);
            if (vertex.isSource()) {
                continue;
            }
            StreamOperator operator = vertex.operatorFactory().create();
            String taskName = taskName(vertex, subtask);
            operator.setup(new OperatorContext(vertex.name(), subtask, vertex.parallelism(), vertex.maxParallelism(),
                    configuration, clock, stateBackend, metrics.get(i)), nextOutput);
            operators.add(0, new StreamTask.ChainedOperator(operator, vertex.name(), subtask, taskName, restored(vertex, subtask)));
            if (i > 0) {
                if (!(operator instanceof OneInputOperator oneInput)) {
                    throw new JobSubmissionException("operator '" + vertex.name() + "' has one input but is not a one-input operator");
                }
                nextOutput = new ChainingOutput(oneInput, taskName, metrics.get(i - 1), metrics.get(i));
            }
        }
        Vertex headVertex = chain.get(0);
        TaskHead head = headVertex.isSource()
                ? sourceHead(headVertex, subtask, nextOutput, metrics.get(0), time)
                : operatorHead(headVertex, subtask, operators.get(0).operator(), metrics.get(0));
        return new StreamTask(graph.name(), headVertex.name(), subtask, headVertex.parallelism(), headVertex.isSource(), head,
                operators, taskOutput, clock, time, job);
    }

    /** The part of the restore snapshot that one subtask of a vertex starts from. */
    private OperatorSnapshot restored(Vertex vertex, int subtask) {
        if (restore == null || !restore.vertices().containsKey(vertex.name())) {
            return OperatorSnapshot.EMPTY;
        }
        return OperatorSnapshot.redistribute(restore.vertices().get(vertex.name()),
                KeyGroupAssignment.rangeForSubtask(vertex.maxParallelism(), vertex.parallelism(), subtask), subtask, vertex.parallelism());
    }

    private static String taskName(Vertex vertex, int subtask) {
        return vertex.name() + " (" + (subtask + 1) + "/" + vertex.parallelism() + ")";
    }

    private List<RecordWriter> writers(Vertex vertex, int subtask, LoopTime time) {
        int bufferSize = configuration.get(RuntimeOptions.RECORDS_PER_BUFFER);
        long timeout = configuration.get(RuntimeOptions.BUFFER_TIMEOUT).toMillis();
        List<RecordWriter> writers = new ArrayList<>();
        for (Edge edge : graph.outputsOf(vertex.id())) {
            if (isChained(edge)) {
                continue;
            }
            Channel[] row = channels.get(edge)[subtask];
            ChannelWriter[] channelWriters = new ChannelWriter[row.length];
            for (int j = 0; j < row.length; j++) {
                channelWriters[j] = new ChannelWriter(row[j], bufferSize, timeout);
            }
            Vertex target = graph.vertex(edge.target());
            writers.add(new RecordWriter(channelWriters, edge.partitioning(), edge.keySelector(), target.maxParallelism(), subtask, time));
        }
        return writers;
    }

    private InputGate gate(Vertex vertex, int subtask, int input) {
        List<Channel> inputChannels = new ArrayList<>();
        for (Edge edge : graph.inputsOf(vertex.id())) {
            if (edge.targetInput() != input) {
                continue;
            }
            Channel[][] matrix = channels.get(edge);
            if (edge.partitioning() == Partitioning.FORWARD) {
                inputChannels.add(matrix[subtask][0]);
            } else {
                for (Channel[] row : matrix) {
                    inputChannels.add(row[subtask]);
                }
            }
        }
        if (inputChannels.isEmpty()) {
            throw new JobSubmissionException("operator '" + vertex.name() + "' has no edge into its input " + input);
        }
        return new InputGate(inputChannels, checkpointingMode, job.checkpointAborts());
    }

    private TaskHead operatorHead(Vertex vertex, int subtask, StreamOperator operator, OperatorMetrics metrics) {
        if (operator instanceof TwoInputOperator twoInput) {
            return OperatorHeads.twoInput(gate(vertex, subtask, 1), gate(vertex, subtask, 2), twoInput, metrics);
        }
        if (graph.inputsOf(vertex.id()).stream().anyMatch(edge -> edge.targetInput() == 2)) {
            throw new JobSubmissionException("operator '" + vertex.name() + "' has an edge into input 2 but only one input");
        }
        return OperatorHeads.oneInput(gate(vertex, subtask, 1), (OneInputOperator) operator, metrics);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private TaskHead sourceHead(Vertex vertex, int subtask, Output output, OperatorMetrics metrics, LoopTime time) throws Exception {
        Source<SourceSplit> source = (Source<SourceSplit>) vertex.source().source();
        SourceReader<SourceSplit> reader = source.createReader(
                new ReaderContext(vertex.name(), subtask, vertex.parallelism(), configuration, clock));
        long idleTimeout = configuration.get(RuntimeOptions.SOURCE_IDLE_TIMEOUT).toMillis();
        SourceDriver<SourceSplit> driver = new SourceDriver<>(reader, source.splitSerializer(), vertex.source().watermarkStrategy(),
                output, metrics, idleTimeout, time, job::addSplitMetrics);
        driver.restoreSplits(restored(vertex, subtask).operatorState());
        ((List) driversBySource.computeIfAbsent(vertex.id(), ignored -> new ArrayList<>())).add(driver);
        return driver;
    }
}

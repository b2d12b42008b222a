package io.eddy.planner.physical;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.codegen.CodeGenerator;
import io.eddy.planner.codegen.GeneratedCode;
import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.graph.Partitioning;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operators.aggregate.AccumulatorCode;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.aggregate.AggregateCode;
import io.eddy.runtime.operators.rank.RowComparator;
import io.eddy.runtime.operators.rank.SortCode;
import io.eddy.runtime.operators.rank.SortField;
import io.eddy.runtime.operators.rank.SortSpec;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What physical nodes translate into: the job graph being built, the job's default parallelism,
 * the code generator and the table connectors. Each node is translated once (shared nodes of a
 * statement set become one vertex); vertices are named after their node and numbered in
 * translation order, so the same statement gets the same vertex names when planned again, which
 * is how state finds its operator after a restore.
 */
public final class TranslationContext {

  private static final int MAX_NAME_LENGTH = 160;

  private final JobGraph.Builder graph;
  private final int defaultParallelism;
  private final CodeGenerator codeGenerator;
  private final TableConnectors connectors;
  private final UpdateBeforeDemand updateBeforeDemand;
  private final Map<PhysicalNode, Integer> vertices = new IdentityHashMap<>();
  private final Map<Integer, Integer> parallelisms = new HashMap<>();

  public TranslationContext(JobGraph.Builder graph, int defaultParallelism,
      CodeGenerator codeGenerator, TableConnectors connectors, UpdateBeforeDemand updateBeforeDemand) {
    this.graph = requireNonNull(graph, "graph is null");
    if (defaultParallelism < 1) {
      throw new IllegalArgumentException("parallelism must be positive: " + defaultParallelism);
    }
    this.defaultParallelism = defaultParallelism;
    this.codeGenerator = requireNonNull(codeGenerator, "codeGenerator is null");
    this.connectors = requireNonNull(connectors, "connectors is null");
    this.updateBeforeDemand = requireNonNull(updateBeforeDemand, "updateBeforeDemand is null");
  }

  /** Whether a consumer of {@code node} reads its {@code -U} rows; see {@link UpdateBeforeDemand}. */
  public boolean updateBeforeRead(PhysicalNode node) {
    return updateBeforeDemand.isRead(node);
  }

  /** The vertex of {@code node}, translating it (and its inputs) the first time. */
  public int translate(PhysicalNode node) {
    Integer existing = vertices.get(node);
    if (existing != null) {
      return existing;
    }
    int vertex = node.translate(this);
    vertices.put(node, vertex);
    return vertex;
  }

  /** The parallelism {@code node} runs with. */
  public int parallelism(PhysicalNode node) {
    int required = node.requiredParallelism();
    return required > 0 ? required : defaultParallelism;
  }

  /** Adds the operator of {@code node} and connects its inputs; returns its vertex. */
  public int addOperator(PhysicalNode node, OperatorFactory factory) {
    return addOperator(node, factory, false);
  }

  /**
   * Adds the operator of {@code node} and connects its inputs, all into the operator's one input
   * when {@code mergeInputs} (a union), else input {@code i} into operator input {@code i + 1}.
   */
  public int addOperator(PhysicalNode node, OperatorFactory factory, boolean mergeInputs) {
    int parallelism = parallelism(node);
    int vertex = graph.addOperator(vertexName(node), factory, parallelism);
    parallelisms.put(vertex, parallelism);
    List<PhysicalNode> inputs = node.inputs();
    for (int i = 0; i < inputs.size(); i++) {
      connect(inputs.get(i), vertex, node.inputDistribution(i), mergeInputs ? 1 : i + 1);
    }
    return vertex;
  }

  /**
   * Adds a second operator for {@code node} after the vertex {@code from} (forward, same
   * parallelism: chained), as a scan that reorders its source's columns.
   */
  public int addOperatorAfter(PhysicalNode node, String step, int from, OperatorFactory factory) {
    int parallelism = parallelisms.get(from);
    int vertex = graph.addOperator(vertexName(node) + " [" + step + "]", factory, parallelism);
    parallelisms.put(vertex, parallelism);
    graph.connect(from, vertex, Partitioning.FORWARD, null, 1);
    return vertex;
  }

  /** Adds a source vertex for {@code node}. */
  public int addSource(PhysicalNode node, Source<?> source, WatermarkStrategy watermarks) {
    int parallelism = parallelism(node);
    int vertex = graph.addSource(vertexName(node), source, watermarks, parallelism);
    parallelisms.put(vertex, parallelism);
    return vertex;
  }

  /**
   * Connects {@code input} to the vertex {@code to}. Where the parallelism changes, an updating
   * input is hashed by all its fields rather than spread round robin, so that the changes of one
   * row (+I then -D) stay in order on one subtask.
   */
  private void connect(PhysicalNode input, int to, InputDistribution distribution,
      int targetInput) {
    int from = translate(input);
    boolean sameParallelism = parallelisms.get(from).equals(parallelisms.get(to));
    if (distribution == InputDistribution.ANY && !sameParallelism
        && !input.changelogMode().isInsertOnly()) {
      int[] allFields = IntStream.range(0, input.rowType().getFieldCount()).toArray();
      distribution = InputDistribution.hash(allFields, input.rowSchema());
    }
    if (distribution instanceof InputDistribution.Hash hash) {
      graph.connect(from, to, Partitioning.HASH,
          sharedKeySelector(hash.inputSchema(), hash.keyFields()), targetInput);
    } else if (sameParallelism) {
      graph.connect(from, to, Partitioning.FORWARD, null, targetInput);
    } else {
      graph.connect(from, to, Partitioning.REBALANCE, null, targetInput);
    }
  }

  private String vertexName(PhysicalNode node) {
    String description = node.toString();
    if (description.length() > MAX_NAME_LENGTH) {
      description = description.substring(0, MAX_NAME_LENGTH - 3) + "...";
    }
    return parallelisms.size() + 1 + ": " + description;
  }

  /**
   * A generated key selector over {@code fields} (at least one) that keeps no state, so one
   * instance serves every subtask: for HASH exchanges and keyed operators given one selector.
   */
  public KeySelector sharedKeySelector(RowSchema inputSchema, int[] fields) {
    return codeGenerator.keySelector("Shared", inputSchema, fields, false).newInstance();
  }

  /**
   * The generated code of an aggregate operator: a key selector reusing one key row (none for a
   * global aggregate) and the accumulator code of its calls (none when no call can be generated),
   * both instantiated per subtask.
   */
  public AggregateCode aggregateCode(String name, RowSchema inputSchema, int[] groupFields,
      List<AggregateCall> calls, boolean retracting) {
    GeneratedCode<KeySelector> key = groupFields.length == 0 ? null
        : codeGenerator.keySelector("Reusing", inputSchema, groupFields, true);
    GeneratedCode<AccumulatorCode> accumulators =
        calls.stream().anyMatch(call -> AggregateCode.generatable(call, retracting))
            ? codeGenerator.accumulators(name, inputSchema, calls, retracting) : null;
    return new AggregateCode(key == null ? null : key::newInstance,
        accumulators == null ? null : accumulators::newInstance);
  }

  /**
   * The generated code of an ORDER BY: a stateless sort key selector and comparators of sort key
   * rows and of input rows; the hand-written ones for an empty order. An order by a field that
   * cannot be sorted fails as the hand-written comparator does.
   */
  public SortCode sortCode(RowSchema inputSchema, SortSpec sort) {
    if (sort.isEmpty()) {
      return SortCode.INTERPRETED;
    }
    new RowComparator(inputSchema, sort.fields());
    int[] fields = sort.fields().stream().mapToInt(SortField::index).toArray();
    List<SortField> keyFields = IntStream.range(0, fields.length).mapToObj(i -> new SortField(i,
        sort.fields().get(i).ascending(), sort.fields().get(i).nullsFirst())).toList();
    return new SortCode(sharedKeySelector(inputSchema, fields),
        codeGenerator.comparator("Sort", inputSchema.project(fields), keyFields).newInstance(),
        codeGenerator.comparator("Sort", inputSchema, sort.fields()).newInstance());
  }

  /** The code generator of this job. */
  public CodeGenerator codeGenerator() {
    return codeGenerator;
  }

  /** The sources and sinks of catalog tables. */
  public TableConnectors connectors() {
    return connectors;
  }

  /** The job's default parallelism. */
  public int defaultParallelism() {
    return defaultParallelism;
  }
}

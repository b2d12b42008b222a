package io.eddy.planner.physical;

import static java.util.Objects.requireNonNull;

import io.eddy.catalog.CatalogBaseTable;
import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.planner.PlannerException;
import io.eddy.planner.codegen.CodeGenerator;
import io.eddy.planner.codegen.GeneratedCode;
import io.eddy.planner.codegen.RecordingCodeGenerator;
import io.eddy.planner.explain.Explainer;
import io.eddy.planner.physical.convert.NodeConverters;
import io.eddy.planner.physical.nodes.ResultNode;
import io.eddy.planner.physical.nodes.TableSinkNode;
import io.eddy.planner.rel.LogicalSink;
import io.eddy.planner.validate.PlanningContext;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.sink.Sink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.sql.SqlExplainLevel;
import org.apache.calcite.sql.SqlNode;

/**
 * Plans queries and INSERTs into jobs: validate and convert (the {@link Explainer}'s logical
 * plan), optimize ({@link StreamOptimizer}), convert to the physical plan
 * ({@link PhysicalPlanner}), check that every sink accepts the changes it is fed, and translate
 * to a job graph ({@link TranslationContext}).
 */
public final class JobPlanner {

  private static final String PARALLELISM = "parallelism.default";
  private static final String MAX_PARALLELISM = "pipeline.max-parallelism";

  private final PlanningContext context;
  private final Map<String, String> configuration;

  public JobPlanner(PlanningContext context, Map<String, String> configuration) {
    this.context = requireNonNull(context, "context is null");
    this.configuration = requireNonNull(configuration, "configuration is null");
  }

  /** A job running {@code query} whose rows go to {@code resultSink}. */
  public PlannedJob planQuery(SqlNode query, Sink<?> resultSink, String jobName,
      CodeGenerator codeGenerator, TableConnectors connectors) {
    RelNode optimized = located(query, () -> optimizedPlan(query));
    List<PhysicalNode> roots = converted(connectors, physical -> List.of(new ResultNode(
        located(query, () -> physical.convert(optimized)), resultSink)));
    return translate(roots, jobName, codeGenerator, connectors);
  }

  /** One job running every INSERT in {@code inserts}, sharing what their plans share. */
  public PlannedJob planInserts(List<SqlNode> inserts, String jobName,
      CodeGenerator codeGenerator, TableConnectors connectors) {
    List<RelNode> optimized = inserts.stream()
        .map(insert -> located(insert, () -> optimizedPlan(insert))).toList();
    List<PhysicalNode> roots = converted(connectors, physical -> {
      List<PhysicalNode> sinks = new ArrayList<>();
      for (int i = 0; i < inserts.size(); i++) {
        RelNode plan = optimized.get(i);
        sinks.add(located(inserts.get(i), () -> sinkNode(physical, plan, connectors)));
      }
      return sinks;
    });
    return translate(roots, jobName, codeGenerator, connectors);
  }

  /**
   * EXPLAIN's text: the logical plan as converted from SQL, then the streaming physical plan.
   * Sinks' acceptance of updates is checked as when the statement runs. With a code generator,
   * the plan is also translated (nothing runs) and the Java source of its per-record code
   * follows.
   *
   * @param codeGenerator the generator whose output to show, or null for plans only
   */
  public String explain(List<SqlNode> statements, TableConnectors connectors,
      CodeGenerator codeGenerator) {
    StringBuilder logical = new StringBuilder();
    List<RelNode> optimizedPlans = new ArrayList<>();
    for (SqlNode statement : statements) {
      RelNode plan = new Explainer(context).plan(statement);
      logical.append(RelOptUtil.toString(plan, SqlExplainLevel.EXPPLAN_ATTRIBUTES));
      optimizedPlans.add(StreamOptimizer.optimize(plan));
    }
    List<PhysicalNode> roots = converted(connectors, physical -> {
      List<PhysicalNode> converted = new ArrayList<>();
      for (int i = 0; i < statements.size(); i++) {
        RelNode optimized = optimizedPlans.get(i);
        converted.add(located(statements.get(i), () -> optimized instanceof LogicalSink
            ? sinkNode(physical, optimized, connectors) : physical.convert(optimized)));
      }
      return converted;
    });
    String text = "== Abstract Syntax Tree ==\n" + logical.toString().stripTrailing()
        + "\n\n== Optimized Physical Plan ==\n" + PlanPrinter.print(roots, parallelism());
    if (codeGenerator == null) {
      return text;
    }
    RecordingCodeGenerator recording = new RecordingCodeGenerator(codeGenerator);
    translate(roots, "explain", recording, connectors);
    StringBuilder code = new StringBuilder(text).append("\n\n== Generated Code ==");
    if (recording.generated().isEmpty()) {
      code.append("\n(none: every step only moves fields)");
    }
    for (GeneratedCode<?> generated : recording.generated()) {
      code.append("\n// ").append(generated.className()).append('\n')
          .append(generated.source().stripTrailing());
    }
    return code.toString();
  }

  /** Plans with {@code planning}, reporting a refusal of a construct at its position in {@code statement}. */
  private static <T> T located(SqlNode statement, Supplier<T> planning) {
    try {
      return planning.get();
    } catch (UnsupportedConstruct refusal) {
      throw refusal.locatedIn(statement);
    }
  }

  private RelNode optimizedPlan(SqlNode statement) {
    return StreamOptimizer.optimize(new Explainer(context).plan(statement));
  }

  private PhysicalNode sinkNode(PhysicalPlanner physical, RelNode plan,
      TableConnectors connectors) {
    if (!(plan instanceof LogicalSink sink)) {
      throw new IllegalArgumentException("Not an INSERT plan: " + plan);
    }
    ObjectIdentifier identifier = sink.table();
    CatalogBaseTable table = context.objects().table(identifier).orElseThrow(() ->
        PlannerException.of(PlannerException.Category.VALIDATION,
            "Table " + identifier.asSerializableString() + " does not exist"));
    if (!(table instanceof CatalogTable catalogTable)) {
      throw PlannerException.of(PlannerException.Category.VALIDATION,
          identifier.asSerializableString() + " is a view; INSERT INTO needs a table");
    }
    PhysicalNode input = physical.convert(sink.getInput());
    if (!input.changelogMode().isInsertOnly() && !connectors.acceptsUpdates(catalogTable)) {
      throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
          "Table sink '" + identifier.asSerializableString()
              + "' doesn't support consuming update and delete changes which is produced by node "
              + updateProducer(input));
    }
    return new TableSinkNode(input, identifier, catalogTable,
        connectors.sinkReadsUpdateBefore(catalogTable));
  }

  /** The node that turns an insert-only stream into updates, below {@code node}. */
  private static PhysicalNode updateProducer(PhysicalNode node) {
    for (PhysicalNode input : node.inputs()) {
      if (!input.changelogMode().isInsertOnly()) {
        return updateProducer(input);
      }
    }
    return node;
  }

  private PlannedJob translate(List<PhysicalNode> roots, String jobName,
      CodeGenerator codeGenerator, TableConnectors connectors) {
    JobGraph.Builder graph = JobGraph.builder(jobName).maxParallelism(maxParallelism());
    TranslationContext translation = new TranslationContext(graph, parallelism(), codeGenerator,
        connectors, UpdateBeforeDemand.of(roots));
    for (PhysicalNode root : roots) {
      translation.translate(root);
    }
    return new PlannedJob(graph.build(), roots, PlanPrinter.print(roots, parallelism()));
  }

  /**
   * The physical plans {@code conversion} makes, converted a second time when the first pass found
   * scans of one table reading different columns, so that they share one source
   * ({@link PhysicalPlanner#withSharedScans}).
   */
  private List<PhysicalNode> converted(TableConnectors connectors,
      Function<PhysicalPlanner, List<PhysicalNode>> conversion) {
    PhysicalPlanner first = physicalPlanner(connectors);
    List<PhysicalNode> roots = conversion.apply(first);
    return first.withSharedScans(roots).map(conversion).orElse(roots);
  }

  private PhysicalPlanner physicalPlanner(TableConnectors connectors) {
    return new PhysicalPlanner(context.objects(), configuration, NodeConverters.ALL, connectors);
  }

  private int parallelism() {
    return Integer.parseInt(configuration.getOrDefault(PARALLELISM, "1").trim());
  }

  private int maxParallelism() {
    return Integer.parseInt(configuration.getOrDefault(MAX_PARALLELISM, "128").trim());
  }
}

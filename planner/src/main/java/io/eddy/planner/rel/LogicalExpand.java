package io.eddy.planner.rel;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * The first step of GROUPING SETS, ROLLUP and CUBE, as Flink plans them: each input row becomes
 * one row per grouping set. A projection per set gives each output field as an input field or a
 * NULL (a column that set does not group by); the last field, {@code $e}, is the set's grouping
 * id, a BIGINT literal. An aggregate keyed by the group columns and {@code $e} follows.
 */
public final class LogicalExpand extends SingleRel {

  /** The name of the grouping id field. */
  public static final String GROUPING_ID_FIELD = "$e";

  private final List<List<RexNode>> projects;

  /**
   * @param rowType the output row, the grouping id last
   * @param projects per grouping set, one input reference or NULL literal per output field, then
   *     the grouping id literal
   */
  public LogicalExpand(RelOptCluster cluster, RelTraitSet traits, RelNode input,
      RelDataType rowType, List<List<RexNode>> projects) {
    super(cluster, traits, input);
    requireNonNull(projects, "projects is null");
    if (projects.isEmpty()) {
      throw new IllegalArgumentException("an Expand needs at least one grouping set");
    }
    List<List<RexNode>> copies = new ArrayList<>();
    for (List<RexNode> project : projects) {
      if (project.size() != rowType.getFieldCount()) {
        throw new IllegalArgumentException("a projection of " + project.size()
            + " fields for a row of " + rowType.getFieldCount());
      }
      for (RexNode field : project) {
        if (!(field instanceof RexInputRef) && !(field instanceof RexLiteral)) {
          throw new IllegalArgumentException("an Expand only copies fields or writes literals: "
              + field);
        }
      }
      copies.add(List.copyOf(project));
    }
    this.projects = List.copyOf(copies);
    this.rowType = requireNonNull(rowType, "rowType is null");
  }

  /** Per grouping set, the expression of each output field. */
  public List<List<RexNode>> projects() {
    return projects;
  }

  /** The position of the grouping id field. */
  public int groupingIdIndex() {
    return rowType.getFieldCount() - 1;
  }

  @Override
  protected RelDataType deriveRowType() {
    return rowType;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new LogicalExpand(getCluster(), traitSet, sole(inputs), rowType, projects);
  }

  @Override
  public RelWriter explainTerms(RelWriter writer) {
    return super.explainTerms(writer).item("projects", projects);
  }
}

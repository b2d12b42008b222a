package io.eddy.planner.physical.convert;

import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.CalcNode;
import io.eddy.planner.physical.nodes.ScanNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.rex.RexProgram;

/** Calc, Project and Filter become a {@link CalcNode}. */
final class CalcConverter implements NodeConverter {

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (node instanceof Calc calc) {
      RexProgram program = calc.getProgram();
      List<RexNode> projects = program.getProjectList().stream()
          .map(program::expandLocalRef).toList();
      Optional<RexNode> condition = Optional.ofNullable(program.getCondition())
          .map(program::expandLocalRef);
      return Optional.of(merged(planner, planner.convert(calc.getInput()), calc.getRowType(),
          projects, condition, calc.getCluster().getRexBuilder()));
    }
    if (node instanceof Project project) {
      return Optional.of(merged(planner, planner.convert(project.getInput()),
          project.getRowType(), project.getProjects(), Optional.empty(),
          project.getCluster().getRexBuilder()));
    }
    if (node instanceof Filter filter) {
      List<RexNode> all = filter.getCluster().getRexBuilder()
          .identityProjects(filter.getInput().getRowType());
      return Optional.of(merged(planner, planner.convert(filter.getInput()), filter.getRowType(),
          all, Optional.of(filter.getCondition()), filter.getCluster().getRexBuilder()));
    }
    return Optional.empty();
  }

  /**
   * A Calc over {@code input}; when the input is itself a Calc (as a table's computed columns
   * under its watermark), the two become one, so each row runs one generated method.
   */
  static CalcNode merged(PhysicalPlanner planner, PhysicalNode input, RelDataType rowType,
      List<RexNode> projects, Optional<RexNode> condition, RexBuilder rexBuilder) {
    if (input instanceof ScanNode scan) {
      return pruned(planner, scan, rowType, projects, condition);
    }
    if (!(input instanceof CalcNode lower)) {
      return new CalcNode(input, rowType, projects, condition);
    }
    RexShuttle inline = new RexShuttle() {
      @Override
      public RexNode visitInputRef(RexInputRef reference) {
        return lower.projects().get(reference.getIndex());
      }
    };
    List<RexNode> mergedProjects = projects.stream().map(project -> project.accept(inline)).toList();
    List<RexNode> conditions = new ArrayList<>();
    lower.condition().ifPresent(conditions::add);
    condition.ifPresent(upper -> conditions.add(upper.accept(inline)));
    Optional<RexNode> mergedCondition = conditions.isEmpty() ? Optional.empty()
        : Optional.of(RexUtil.composeConjunction(rexBuilder, conditions));
    if (lower.input() instanceof ScanNode scan) {
      return pruned(planner, scan, rowType, mergedProjects, mergedCondition);
    }
    return new CalcNode(lower.input(), rowType, mergedProjects, mergedCondition);
  }

  /**
   * A Calc over a scan that reads only the columns the Calc uses (and the watermark needs), or
   * over the scan those columns share with other scans of the table
   * ({@link PhysicalPlanner#sharedScan}).
   */
  private static CalcNode pruned(PhysicalPlanner planner, ScanNode scan, RelDataType rowType,
      List<RexNode> projects, Optional<RexNode> condition) {
    ImmutableBitSet.Builder used = ImmutableBitSet.builder();
    projects.forEach(project -> used.addAll(RelOptUtil.InputFinder.bits(project)));
    condition.ifPresent(where -> used.addAll(RelOptUtil.InputFinder.bits(where)));
    ImmutableBitSet fields = used.build();
    if (fields.isEmpty()) {
      fields = ImmutableBitSet.of(0);
    }
    ScanNode narrow = planner.sharedScan(
        fields.cardinality() == scan.rowType().getFieldCount() ? scan : scan.pruned(fields));
    if (narrow == scan) {
      return new CalcNode(scan, rowType, projects, condition);
    }
    RexShuttle remap = new RexShuttle() {
      @Override
      public RexNode visitInputRef(RexInputRef reference) {
        int position = narrow.positionOfStored(scan.storedFieldAt(reference.getIndex()));
        return new RexInputRef(position, reference.getType());
      }
    };
    return new CalcNode(narrow, rowType, projects.stream().map(p -> p.accept(remap)).toList(),
        condition.map(where -> where.accept(remap)));
  }
}

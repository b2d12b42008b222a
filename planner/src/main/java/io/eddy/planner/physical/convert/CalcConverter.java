package io.eddy.planner.physical.convert;

import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.CalcNode;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rex.RexNode;
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
      return Optional.of(new CalcNode(planner.convert(calc.getInput()), calc.getRowType(),
          projects, condition));
    }
    if (node instanceof Project project) {
      return Optional.of(new CalcNode(planner.convert(project.getInput()), project.getRowType(),
          project.getProjects(), Optional.empty()));
    }
    if (node instanceof Filter filter) {
      List<RexNode> all = filter.getCluster().getRexBuilder()
          .identityProjects(filter.getInput().getRowType());
      return Optional.of(new CalcNode(planner.convert(filter.getInput()), filter.getRowType(),
          all, Optional.of(filter.getCondition())));
    }
    return Optional.empty();
  }
}

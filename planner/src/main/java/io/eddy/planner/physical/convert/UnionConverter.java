package io.eddy.planner.physical.convert;

import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.UnionNode;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Union;

/** UNION ALL becomes a {@link UnionNode}; UNION (distinct) is rewritten to an aggregation first. */
final class UnionConverter implements NodeConverter {

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (!(node instanceof Union union) || !union.all) {
      return Optional.empty();
    }
    return Optional.of(new UnionNode(union.getRowType(),
        union.getInputs().stream().map(planner::convert).toList()));
  }
}

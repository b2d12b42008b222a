package io.eddy.planner.physical.convert;

import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.ValuesNode;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rex.RexNode;

/** VALUES becomes a {@link ValuesNode}. */
final class ValuesConverter implements NodeConverter {

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (!(node instanceof Values values)) {
      return Optional.empty();
    }
    List<List<RexNode>> tuples = values.getTuples().stream()
        .map(tuple -> List.<RexNode>copyOf(tuple)).toList();
    return Optional.of(new ValuesNode(values.getRowType(), tuples,
        values.getCluster().getTypeFactory()));
  }
}

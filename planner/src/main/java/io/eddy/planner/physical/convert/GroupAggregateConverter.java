package io.eddy.planner.physical.convert;

import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.GroupAggregateNode;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;

/**
 * An aggregation that is not over windows (unbounded GROUP BY, SELECT DISTINCT, UNION) becomes a
 * {@link GroupAggregateNode}. Tried after {@link WindowAggregateConverter}.
 */
final class GroupAggregateConverter implements NodeConverter {

  private static final String STATE_TTL = "table.exec.state.ttl";

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (!(node instanceof Aggregate aggregate)) {
      return Optional.empty();
    }
    PhysicalNode input = planner.convert(aggregate.getInput());
    String ttl = planner.configuration().getOrDefault(STATE_TTL, "0 (never expires)");
    return Optional.of(new GroupAggregateNode(input, aggregate.getRowType(),
        aggregate.getGroupSet().toArray(), AggregateCalls.of(aggregate, field -> field), ttl));
  }
}

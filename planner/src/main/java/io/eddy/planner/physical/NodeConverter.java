package io.eddy.planner.physical;

import java.util.Optional;
import org.apache.calcite.rel.RelNode;

/**
 * Turns one kind of optimized logical node into a physical node. Converters are tried in the
 * order of {@link io.eddy.planner.physical.convert.NodeConverters#ALL}; the first that returns a
 * node wins.
 */
public interface NodeConverter {

  /**
   * The physical node of {@code node}, converting its inputs with {@code planner}, or empty when
   * this converter does not handle the node.
   */
  Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner);
}

package io.eddy.planner.physical.convert;

import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.ExpandNode;
import io.eddy.planner.rel.LogicalExpand;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/** The {@link LogicalExpand} of grouping sets becomes an {@link ExpandNode}. */
final class ExpandConverter implements NodeConverter {

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (!(node instanceof LogicalExpand expand)) {
      return Optional.empty();
    }
    List<List<RexNode>> projects = expand.projects();
    int idField = expand.groupingIdIndex();
    int[][] sources = new int[projects.size()][idField];
    long[] ids = new long[projects.size()];
    for (int set = 0; set < projects.size(); set++) {
      List<RexNode> project = projects.get(set);
      for (int i = 0; i < idField; i++) {
        sources[set][i] = project.get(i) instanceof RexInputRef reference
            ? reference.getIndex() : -1;
      }
      ids[set] = ((RexLiteral) project.get(idField)).getValueAs(Long.class);
    }
    return Optional.of(new ExpandNode(planner.convert(expand.getInput()), expand.getRowType(),
        sources, ids));
  }
}

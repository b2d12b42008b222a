package io.eddy.planner.physical.convert;

import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.WindowSpec;
import io.eddy.planner.physical.nodes.WindowTableFunctionNode;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableFunctionScan;

/**
 * A TUMBLE, HOP or CUMULATE table function whose windows are not aggregated becomes a
 * {@link WindowTableFunctionNode}. SESSION windows only exist aggregated.
 */
final class WindowTableFunctionConverter implements NodeConverter {

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (!(node instanceof TableFunctionScan scan) || scan.getInputs().size() != 1) {
      return Optional.empty();
    }
    RelNode input = scan.getInputs().get(0);
    return WindowCalls.ofTableFunction(scan.getCall(), input.getRowType())
        .map(window -> window.eventTimeOnly("A window table function without aggregation"))
        .map(window -> {
      if (window.spec().kind() == WindowSpec.Kind.SESSION) {
        throw PlannerException.of(PlannerException.Category.UNSUPPORTED, "A SESSION window"
            + " table function must be aggregated with GROUP BY window_start, window_end");
      }
      PhysicalNode converted = planner.convert(input);
      if (!converted.changelogMode().isInsertOnly()) {
        throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
            "A window table function over an updating input (" + converted.name()
                + " emits updates) is not supported");
      }
      return new WindowTableFunctionNode(converted, scan.getRowType(), window.rowtimeField(),
          window.spec());
    });
  }
}

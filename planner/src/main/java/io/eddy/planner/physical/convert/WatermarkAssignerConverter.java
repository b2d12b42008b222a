package io.eddy.planner.physical.convert;

import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.CalcNode;
import io.eddy.planner.physical.nodes.ChangelogNormalizeNode;
import io.eddy.planner.physical.nodes.ScanNode;
import io.eddy.planner.rel.LogicalWatermarkAssigner;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;

/**
 * A table's WATERMARK moves into its scan, so watermarks are computed per split at the source.
 * When the table has computed columns (a Calc over the scan), the watermark expression is
 * rewritten over the scan's stored columns by inlining them. An upsert source's scan under its
 * ChangelogNormalize gets the watermark the same way (watermarks pass through the normalization).
 */
final class WatermarkAssignerConverter implements NodeConverter {

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (!(node instanceof LogicalWatermarkAssigner assigner)) {
      return Optional.empty();
    }
    PhysicalNode input = planner.convert(assigner.getInput());
    String rowtime = assigner.getRowType().getFieldNames().get(assigner.rowtimeIndex());
    Optional<PhysicalNode> direct = withWatermark(planner, input, assigner.watermark(), rowtime);
    if (direct.isPresent()) {
      return direct;
    }
    if (input instanceof CalcNode calc && calc.condition().isEmpty()) {
      RexNode inlined = assigner.watermark().accept(new RexShuttle() {
        @Override
        public RexNode visitInputRef(RexInputRef reference) {
          return calc.projects().get(reference.getIndex());
        }
      });
      Optional<PhysicalNode> below = withWatermark(planner, calc.input(), inlined, rowtime);
      if (below.isPresent()) {
        return Optional.of(new CalcNode(below.get(), calc.rowType(), calc.projects(),
            calc.condition()));
      }
    }
    throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
        "A WATERMARK on " + input + " is not supported: watermarks are defined on tables");
  }

  /**
   * A scan, or an upsert scan's normalization, with the watermark in the scan; else empty. A scan
   * read whole is shared with the table's other such scans ({@link PhysicalPlanner#sharedWholeScan}).
   */
  private static Optional<PhysicalNode> withWatermark(PhysicalPlanner planner, PhysicalNode node,
      RexNode watermark, String rowtime) {
    if (node instanceof ScanNode scan) {
      return Optional.of(planner.sharedWholeScan(scan.withWatermark(watermark, rowtime)));
    }
    if (node instanceof ChangelogNormalizeNode normalize
        && normalize.input() instanceof ScanNode scan) {
      return Optional.of(normalize.withInput(scan.withWatermark(watermark, rowtime)));
    }
    return Optional.empty();
  }
}

package io.eddy.planner.rel;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;

/**
 * Where a table's WATERMARK takes effect: passes its input's rows through unchanged and emits
 * watermarks computed by {@code watermark} from the rowtime field at {@code rowtimeIndex}.
 */
public final class LogicalWatermarkAssigner extends SingleRel {

  private final int rowtimeIndex;
  private final RexNode watermark;

  /** Creates the assigner over {@code input}. */
  public LogicalWatermarkAssigner(RelOptCluster cluster, RelTraitSet traits, RelNode input,
      int rowtimeIndex, RexNode watermark) {
    super(cluster, traits, input);
    this.rowtimeIndex = rowtimeIndex;
    this.watermark = requireNonNull(watermark, "watermark is null");
  }

  /** The position of the rowtime field in the input row. */
  public int rowtimeIndex() {
    return rowtimeIndex;
  }

  /** The watermark strategy expression over the input row. */
  public RexNode watermark() {
    return watermark;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new LogicalWatermarkAssigner(getCluster(), traitSet, sole(inputs), rowtimeIndex,
        watermark);
  }

  @Override
  public RelNode accept(RexShuttle shuttle) {
    RexNode rewritten = shuttle.apply(watermark);
    return rewritten == watermark ? this
        : new LogicalWatermarkAssigner(getCluster(), traitSet, input, rowtimeIndex, rewritten);
  }

  @Override
  public RelWriter explainTerms(RelWriter writer) {
    return super.explainTerms(writer)
        .item("rowtime", input.getRowType().getFieldNames().get(rowtimeIndex))
        .item("watermark", watermark);
  }
}

package io.eddy.planner.physical.nodes;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.operators.join.JoinType;
import io.eddy.runtime.operators.join.WindowJoinOperator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;

/**
 * A window join (Flink's WindowJoin): two window table functions with the same windows joined on
 * window_start, window_end and keys. Rows are kept per key and window and joined when the
 * watermark passes the window's end, then dropped. Output is append-only.
 */
public final class WindowJoinNode extends AbstractJoinNode {

  private final int leftWindowEnd;
  private final int rightWindowEnd;

  /**
   * @param leftKeys the equi-join keys other than the window fields
   * @param leftWindowEnd the left input's window_end field
   * @param rightWindowEnd the right input's window_end field
   */
  public WindowJoinNode(PhysicalNode left, PhysicalNode right, RelDataType rowType,
      JoinType joinType, List<Integer> leftKeys, List<Integer> rightKeys,
      Set<Integer> nullSafeKeys, Optional<RexNode> condition, int leftWindowEnd,
      int rightWindowEnd) {
    super(left, right, rowType, ChangelogMode.INSERT_ONLY, joinType, leftKeys, rightKeys,
        nullSafeKeys, condition);
    this.leftWindowEnd = leftWindowEnd;
    this.rightWindowEnd = rightWindowEnd;
  }

  @Override
  public String name() {
    return "WindowJoin";
  }

  @Override
  protected String extraAttributes() {
    return ", leftWindowEnd=[" + inputs().get(0).rowType().getFieldNames().get(leftWindowEnd)
        + "], rightWindowEnd=[" + inputs().get(1).rowType().getFieldNames().get(rightWindowEnd)
        + "]";
  }

  @Override
  public String state() {
    return "left and right rows per key and window, until the window fires";
  }

  @Override
  public int translate(TranslationContext context) {
    JoinSpecFactory spec = specFactory(context);
    return context.addOperator(this,
        () -> new WindowJoinOperator(spec.create(), leftWindowEnd, rightWindowEnd));
  }
}

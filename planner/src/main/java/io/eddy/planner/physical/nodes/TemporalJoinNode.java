package io.eddy.planner.physical.nodes;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.operators.join.JoinType;
import io.eddy.runtime.operators.join.TemporalJoinOperator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;

/**
 * An event-time temporal join (Flink's TemporalJoin, {@code FOR SYSTEM_TIME AS OF l.rowtime}):
 * each left row waits for the watermark to pass its time, then joins the version of the
 * versioned table (right: primary key and rowtime) valid at that time. Output is append-only and
 * keeps the left rowtime; the right one becomes a plain timestamp.
 */
public final class TemporalJoinNode extends AbstractJoinNode {

  private final int leftTimeField;
  private final int rightTimeField;

  /**
   * @param leftTimeField the left input's rowtime, the time each row looks the table up at
   * @param rightTimeField the versioned table's rowtime (a field of the right input)
   */
  public TemporalJoinNode(PhysicalNode left, PhysicalNode right, RelDataType rowType,
      JoinType joinType, List<Integer> leftKeys, List<Integer> rightKeys,
      Set<Integer> nullSafeKeys, Optional<RexNode> condition, int leftTimeField,
      int rightTimeField) {
    super(left, right, rowType, ChangelogMode.INSERT_ONLY, joinType, leftKeys, rightKeys,
        nullSafeKeys, condition);
    this.leftTimeField = leftTimeField;
    this.rightTimeField = rightTimeField;
  }

  @Override
  public String name() {
    return "TemporalJoin";
  }

  @Override
  protected String extraAttributes() {
    return ", leftTime=[" + inputs().get(0).rowType().getFieldNames().get(leftTimeField)
        + "], rightTime=[" + inputs().get(1).rowType().getFieldNames().get(rightTimeField) + "]";
  }

  @Override
  public String state() {
    return "left rows until the watermark passes their time, table versions by key";
  }

  @Override
  public int translate(TranslationContext context) {
    JoinSpecFactory spec = specFactory(context);
    return context.addOperator(this,
        () -> new TemporalJoinOperator(spec.create(), leftTimeField, rightTimeField));
  }
}

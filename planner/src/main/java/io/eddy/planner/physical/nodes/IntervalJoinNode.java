package io.eddy.planner.physical.nodes;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.operators.join.IntervalJoinOperator;
import io.eddy.runtime.operators.join.JoinType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;

/**
 * An interval join (Flink's IntervalJoin): rows join the other side's rows whose time lies in a
 * bounded interval around their own, so each row is kept only until the watermark (or the clock,
 * for processing time) passes its interval. Output is append-only and keeps both sides' time
 * attributes; the output watermark is held back by the interval.
 */
public final class IntervalJoinNode extends AbstractJoinNode {

  private final int leftTimeField;
  private final int rightTimeField;
  private final boolean eventTime;
  private final long lowerBound;
  private final long upperBound;

  /**
   * @param leftTimeField the left input's time attribute
   * @param rightTimeField the right input's time attribute (a field of the right input)
   * @param eventTime whether the times are rowtimes (else arrival times)
   * @param lowerBound the smallest {@code left time - right time}, in milliseconds
   * @param upperBound the largest {@code left time - right time}, in milliseconds
   */
  public IntervalJoinNode(PhysicalNode left, PhysicalNode right, RelDataType rowType,
      JoinType joinType, List<Integer> leftKeys, List<Integer> rightKeys,
      Set<Integer> nullSafeKeys, Optional<RexNode> condition, int leftTimeField,
      int rightTimeField, boolean eventTime, long lowerBound, long upperBound) {
    super(left, right, rowType, ChangelogMode.INSERT_ONLY, joinType, leftKeys, rightKeys,
        nullSafeKeys, condition);
    if (lowerBound > upperBound) {
      throw new IllegalArgumentException("lower bound " + lowerBound + " above upper bound "
          + upperBound);
    }
    this.leftTimeField = leftTimeField;
    this.rightTimeField = rightTimeField;
    this.eventTime = eventTime;
    this.lowerBound = lowerBound;
    this.upperBound = upperBound;
  }

  @Override
  public String name() {
    return "IntervalJoin";
  }

  @Override
  protected String extraAttributes() {
    String leftTime = inputs().get(0).rowType().getFieldNames().get(leftTimeField);
    String rightTime = inputs().get(1).rowType().getFieldNames().get(rightTimeField);
    return ", windowBounds=[isRowTime=" + eventTime + ", leftLowerBound=" + lowerBound
        + ", leftUpperBound=" + upperBound + ", leftTimeIndex=" + leftTime
        + ", rightTimeIndex=" + rightTime + "]";
  }

  @Override
  public String state() {
    return "left and right rows by join key and time, until the "
        + (eventTime ? "watermark" : "clock") + " passes their interval";
  }

  @Override
  public int translate(TranslationContext context) {
    JoinSpecFactory spec = specFactory(context);
    if (!eventTime) {
      return context.addOperator(this,
          () -> IntervalJoinOperator.processingTime(spec.create(), lowerBound, upperBound));
    }
    return context.addOperator(this, () -> new IntervalJoinOperator(spec.create(), leftTimeField,
        rightTimeField, lowerBound, upperBound));
  }
}

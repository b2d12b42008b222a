package io.eddy.planner.physical.nodes;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.operators.join.JoinType;
import io.eddy.runtime.operators.join.SemiAntiJoinOperator;
import io.eddy.runtime.operators.join.StreamingJoinOperator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;

/**
 * A regular join (Flink's Join): both sides are kept in state by join key for ever (or until the
 * state TTL), every change of one side joins the kept rows of the other. INNER, LEFT, RIGHT and
 * FULL joins emit joined rows; SEMI and ANTI (IN / EXISTS and their negations) emit left rows.
 * An inner or semi join of two append-only inputs appends; other joins emit updates. An
 * insert-only side that is not outer keeps its rows in a list, without counts.
 */
public final class StreamingJoinNode extends AbstractJoinNode {

  public StreamingJoinNode(PhysicalNode left, PhysicalNode right, RelDataType rowType,
      JoinType joinType, List<Integer> leftKeys, List<Integer> rightKeys,
      Set<Integer> nullSafeKeys, Optional<RexNode> condition) {
    super(left, right, rowType, changelogMode(left, right, joinType), joinType, leftKeys,
        rightKeys, nullSafeKeys, condition);
  }

  private static ChangelogMode changelogMode(PhysicalNode left, PhysicalNode right,
      JoinType joinType) {
    boolean appendOnlyInputs = left.changelogMode().isInsertOnly()
        && right.changelogMode().isInsertOnly();
    boolean appends = joinType == JoinType.INNER || joinType == JoinType.SEMI;
    return appendOnlyInputs && appends ? ChangelogMode.INSERT_ONLY : ChangelogMode.ALL;
  }

  private boolean isSemiOrAnti() {
    return joinType() == JoinType.SEMI || joinType() == JoinType.ANTI;
  }

  @Override
  public String name() {
    return "Join";
  }

  @Override
  public String state() {
    String scope = hasKeys() ? "by join key" : "all in one subtask";
    if (isSemiOrAnti()) {
      return "left rows with their match counts and right rows, " + scope;
    }
    String left = kept(0, joinType().isLeftOuter());
    String right = kept(1, joinType().isRightOuter());
    return (left.equals(right) ? "left and right rows " + left
        : "left rows " + left + " and right rows " + right) + ", " + scope;
  }

  /** How a side keeps its rows, as {@link StreamingJoinOperator#appendsRows} decides. */
  private String kept(int input, boolean outer) {
    return StreamingJoinOperator.appendsRows(inputs().get(input).changelogMode().isInsertOnly(),
        outer) ? "appended" : "with their match counts";
  }

  @Override
  public int translate(TranslationContext context) {
    JoinSpecFactory spec = specFactory(context);
    if (isSemiOrAnti()) {
      return context.addOperator(this, () -> new SemiAntiJoinOperator(spec.create()));
    }
    boolean leftInsertOnly = inputs().get(0).changelogMode().isInsertOnly();
    boolean rightInsertOnly = inputs().get(1).changelogMode().isInsertOnly();
    return context.addOperator(this,
        () -> new StreamingJoinOperator(spec.create(), leftInsertOnly, rightInsertOnly));
  }
}

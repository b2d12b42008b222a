package io.eddy.planner.physical.convert;

import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.IntervalJoinNode;
import io.eddy.planner.physical.nodes.StreamingJoinNode;
import io.eddy.planner.physical.nodes.WindowJoinNode;
import io.eddy.planner.types.EddyTypeFactory;
import io.eddy.runtime.operators.join.JoinType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;

/**
 * A join becomes an {@link IntervalJoinNode} when its condition bounds one side's time attribute
 * by the other's, else a regular {@link StreamingJoinNode}: equi-join keys from the condition, the
 * rest as a generated condition. Regular joins turn time attributes into plain timestamps, as Flink
 * does (their output is not ordered by time).
 */
final class JoinConverter implements NodeConverter {

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (!(node instanceof Join join)) {
      return Optional.empty();
    }
    JoinType joinType = joinType(join);
    PhysicalNode left = planner.convert(join.getLeft());
    PhysicalNode right = planner.convert(join.getRight());
    JoinInfo info = JoinInfo.of(join.getLeft(), join.getRight(), join.getCondition());
    Set<Integer> nullSafe = nullSafeKeys(info);
    RexBuilder rexBuilder = join.getCluster().getRexBuilder();
    int leftCount = join.getLeft().getRowType().getFieldCount();
    if (joinType != JoinType.SEMI && joinType != JoinType.ANTI) {
      Optional<IntervalBounds> interval = IntervalBounds.find(info.nonEquiConditions,
          join.getRowType(), leftCount);
      if (interval.isPresent()) {
        IntervalBounds bounds = interval.get();
        if (bounds.lowerBound() > bounds.upperBound()) {
          throw PlannerException.of(PlannerException.Category.VALIDATION, "The interval join's"
              + " time bounds admit no rows: left time - right time must lie between "
              + bounds.lowerBound() + " ms and " + bounds.upperBound() + " ms");
        }
        return Optional.of(new IntervalJoinNode(left, right, join.getRowType(), joinType,
            info.leftKeys, info.rightKeys, nullSafe, rest(rexBuilder, bounds.remaining()),
            bounds.leftTimeField(), bounds.rightTimeField(), bounds.eventTime(),
            bounds.lowerBound(), bounds.upperBound()));
      }
    }
    RelDataType rowType = ((EddyTypeFactory) join.getCluster().getTypeFactory())
        .withoutTimeIndicators(join.getRowType());
    Optional<WindowJoinKeys> window = WindowJoinKeys.find(join.getLeft(), join.getRight(), info);
    if (window.isPresent()) {
      WindowJoinKeys keys = window.get();
      if (!left.changelogMode().isInsertOnly() || !right.changelogMode().isInsertOnly()) {
        throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
            "A window join needs append-only inputs, as Flink's window join");
      }
      return Optional.of(new WindowJoinNode(left, right, rowType, joinType, keys.leftKeys(),
          keys.rightKeys(), keys.nullSafeKeys(), rest(rexBuilder, info.nonEquiConditions),
          keys.leftWindowEnd(), keys.rightWindowEnd()));
    }
    return Optional.of(new StreamingJoinNode(left, right, rowType, joinType, info.leftKeys,
        info.rightKeys, nullSafe, rest(rexBuilder, info.nonEquiConditions)));
  }

  /** The key positions compared with IS NOT DISTINCT FROM. */
  static Set<Integer> nullSafeKeys(JoinInfo info) {
    Set<Integer> nullSafe = new HashSet<>();
    for (int i = 0; i < info.nullExclusionFlags.size(); i++) {
      if (!info.nullExclusionFlags.get(i)) {
        nullSafe.add(i);
      }
    }
    return nullSafe;
  }

  private static Optional<RexNode> rest(RexBuilder rexBuilder, List<RexNode> conjuncts) {
    RexNode condition = RexUtil.composeConjunction(rexBuilder, conjuncts);
    return condition.isAlwaysTrue() ? Optional.empty() : Optional.of(condition);
  }

  private static JoinType joinType(Join join) {
    return switch (join.getJoinType()) {
      case INNER -> JoinType.INNER;
      case LEFT -> JoinType.LEFT;
      case RIGHT -> JoinType.RIGHT;
      case FULL -> JoinType.FULL;
      case SEMI -> JoinType.SEMI;
      case ANTI -> JoinType.ANTI;
      default -> throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
          "A " + join.getJoinType() + " join is not supported");
    };
  }
}

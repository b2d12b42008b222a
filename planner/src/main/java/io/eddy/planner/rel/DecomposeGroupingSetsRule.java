package io.eddy.planner.rel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.logical.LogicalAggregate;

/**
 * Rewrites an aggregate over GROUPING SETS, ROLLUP or CUBE as Flink does: a
 * {@link LogicalExpand} (one row per grouping set, the columns a set does not group by nulled,
 * plus the grouping id {@code $e}), an ordinary aggregate keyed by the group columns and
 * {@code $e}, and a projection that drops {@code $e} and computes GROUPING, GROUPING_ID and
 * GROUP_ID from it.
 *
 * <p>A group column that is also an aggregate's argument (or filter) is copied before it is
 * nulled, so the aggregate still sees its value. Over a window table function the Expand goes
 * under the window function ({@link WindowGroupingSets}), so that the aggregate stays a window
 * aggregate; an aggregate that does not group by the window in every set is left alone.
 */
public final class DecomposeGroupingSetsRule extends RelOptRule {

  /** The rule. */
  public static final DecomposeGroupingSetsRule INSTANCE = new DecomposeGroupingSetsRule();

  private DecomposeGroupingSetsRule() {
    super(operand(LogicalAggregate.class, any()), "DecomposeGroupingSetsRule");
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    Aggregate aggregate = call.rel(0);
    return aggregate.getGroupType() != Aggregate.Group.SIMPLE;
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Aggregate aggregate = call.rel(0);
    if (WindowGroupingSets.isOverWindow(aggregate)) {
      RelNode rewritten = WindowGroupingSets.decompose(aggregate);
      if (rewritten != null) {
        call.transformTo(rewritten);
      }
      return;
    }
    call.transformTo(decompose(aggregate));
  }

  /** The Expand, aggregate and projection computing {@code aggregate}. */
  static RelNode decompose(Aggregate aggregate) {
    GroupingSetsRewrite rewrite = new GroupingSetsRewrite(aggregate);
    RelNode input = aggregate.getInput();
    int fieldCount = input.getRowType().getFieldCount();
    Map<Integer, Integer> nulled = new HashMap<>();
    rewrite.nulledKeys().forEach(key -> nulled.put(key, key));
    List<Integer> copied = rewrite.nulledKeys().intersect(rewrite.callArguments()).asList();
    Map<Integer, Integer> copies = new HashMap<>();
    for (int i = 0; i < copied.size(); i++) {
      copies.put(copied.get(i), fieldCount + i);
    }
    LogicalExpand expand = rewrite.expand(input, nulled, copied);
    return rewrite.aggregate(expand, aggregate.getGroupSet().asList(),
        expand.groupingIdIndex(), field -> copies.getOrDefault(field, field));
  }
}

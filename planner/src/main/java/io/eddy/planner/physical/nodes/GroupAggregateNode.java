package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.aggregate.AggregateCode;
import io.eddy.runtime.operators.aggregate.GroupAggregateOperator;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;

/**
 * An unbounded GROUP BY (and SELECT DISTINCT): one accumulator row per group key, updated by each
 * input row, emitting the changed result as a retraction and an update. Rows are hashed by the
 * group key; a global aggregate (no key) runs on one subtask.
 */
public final class GroupAggregateNode extends KeyedAggregateNode {

  private final List<AggregateCall> calls;
  private final String stateTtl;

  /**
   * @param rowType the group fields, then one field per call
   * @param groupFields the input indexes of the group key
   * @param calls the aggregate calls over input fields
   * @param stateTtl the configured state time-to-live, as written, for EXPLAIN
   */
  public GroupAggregateNode(PhysicalNode input, RelDataType rowType, int[] groupFields,
      List<AggregateCall> calls, String stateTtl) {
    super(input, rowType, groupFields, ChangelogMode.ALL);
    this.calls = List.copyOf(requireNonNull(calls, "calls is null"));
    this.stateTtl = requireNonNull(stateTtl, "stateTtl is null");
  }

  @Override
  public String name() {
    return "GroupAggregate";
  }

  @Override
  public String attributes() {
    List<String> inputNames = input().rowType().getFieldNames();
    String keys = AggregateText.fields(groupFields(), inputNames);
    String select = calls.isEmpty() ? keys : keys.isEmpty()
        ? AggregateText.calls(calls, inputNames)
        : keys + ", " + AggregateText.calls(calls, inputNames);
    return (groupFields().length == 0 ? "" : "groupBy=[" + keys + "], ")
        + (input().changelogMode().isInsertOnly() ? "" : "consumeRetraction=[true], ")
        + "select=[" + select + "]";
  }

  @Override
  public String state() {
    String distinct = calls.stream().anyMatch(AggregateCall::distinct) ? ", distinct values" : "";
    return (groupFields().length == 0 ? "one row" : "per group key") + ": accumulators" + distinct
        + "; ttl=" + stateTtl;
  }

  @Override
  public boolean omitsUnreadUpdateBefore() {
    return true;
  }

  @Override
  public int translate(TranslationContext context) {
    boolean changelogInput = !input().changelogMode().isInsertOnly();
    AggregateCode code = context.aggregateCode("GroupAggregate", input().rowSchema(),
        groupFields(), calls, changelogInput);
    return context.addOperator(this, GroupAggregateOperator.factory(input().rowSchema(),
        groupFields(), calls, changelogInput, code, context.updateBeforeRead(this)));
  }
}

package io.eddy.planner.physical.nodes;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.InputDistribution;
import io.eddy.planner.physical.PhysicalNode;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;

/**
 * An aggregate over one input, keyed by group fields: its rows are hashed by the group key, or
 * all go to one subtask of a global aggregate (no key), which then runs with parallelism 1.
 */
public abstract class KeyedAggregateNode extends PhysicalNode {

  private final int[] groupFields;

  protected KeyedAggregateNode(PhysicalNode input, RelDataType rowType, int[] groupFields,
      ChangelogMode changelogMode) {
    super(rowType, List.of(input), changelogMode);
    this.groupFields = groupFields.clone();
  }

  /** The input indexes of the group key. */
  protected final int[] groupFields() {
    return groupFields.clone();
  }

  @Override
  public final InputDistribution inputDistribution(int input) {
    return groupFields.length == 0 ? InputDistribution.SINGLE
        : InputDistribution.hash(groupFields, input().rowSchema());
  }

  @Override
  public final int requiredParallelism() {
    return groupFields.length == 0 ? 1 : 0;
  }
}

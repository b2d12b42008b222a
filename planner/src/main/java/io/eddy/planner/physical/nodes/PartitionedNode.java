package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.InputDistribution;
import io.eddy.planner.physical.PhysicalNode;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A one-input ranking node whose input is hashed by a partition key; without a key every row goes
 * to one subtask (the node runs with parallelism 1).
 */
abstract class PartitionedNode extends PhysicalNode {

  private final int[] partitionKey;

  PartitionedNode(RelDataType rowType, PhysicalNode input, ChangelogMode changelogMode,
      int[] partitionKey) {
    super(rowType, List.of(input), changelogMode);
    this.partitionKey = requireNonNull(partitionKey, "partitionKey is null").clone();
  }

  /** The input fields of the partition key; empty for a global node. */
  final int[] partitionKey() {
    return partitionKey.clone();
  }

  /** Whether the input holds only inserts (the cheaper operator variants need that). */
  final boolean appendOnlyInput() {
    return input().changelogMode().isInsertOnly();
  }

  @Override
  public final InputDistribution inputDistribution(int input) {
    return partitionKey.length == 0 ? InputDistribution.SINGLE
        : InputDistribution.hash(partitionKey, this.input().rowSchema());
  }

  @Override
  public final int requiredParallelism() {
    return partitionKey.length == 0 ? 1 : 0;
  }
}

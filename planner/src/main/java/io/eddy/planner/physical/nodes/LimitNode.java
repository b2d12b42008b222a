package io.eddy.planner.physical.nodes;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.rank.LimitOperator;

/**
 * {@code LIMIT n [OFFSET m]} without ORDER BY (Flink's Limit): the first rows to arrive, counted
 * once over all subtasks (parallelism 1). Over append-only input it only appends.
 */
public final class LimitNode extends PartitionedNode {

  private final long offset;
  private final long fetch;

  /**
   * @param offset rows skipped first, at least 0
   * @param fetch rows emitted, at least 1
   */
  public LimitNode(PhysicalNode input, long offset, long fetch) {
    super(input.rowType(), input, input.changelogMode().isInsertOnly()
        ? ChangelogMode.INSERT_ONLY : ChangelogMode.ALL, new int[0]);
    if (offset < 0 || fetch < 1) {
      throw new IllegalArgumentException("bad LIMIT " + fetch + " OFFSET " + offset);
    }
    this.offset = offset;
    this.fetch = fetch;
  }

  @Override
  public String name() {
    return "Limit";
  }

  @Override
  public String attributes() {
    return "offset=[" + offset + "], fetch=[" + fetch + "]";
  }

  @Override
  public String state() {
    return appendOnlyInput() ? "a row count"
        : "all rows in arrival order, sorted key counts";
  }

  @Override
  public int translate(TranslationContext context) {
    RowSchema schema = input().rowSchema();
    boolean appendOnly = appendOnlyInput();
    return context.addOperator(this,
        () -> LimitOperator.create(schema, offset, fetch, appendOnly));
  }
}

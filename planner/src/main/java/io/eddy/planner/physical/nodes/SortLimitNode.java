package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.rank.LimitOperator;
import io.eddy.runtime.operators.rank.SortCode;
import io.eddy.runtime.operators.rank.SortSpec;

/**
 * {@code ORDER BY ... LIMIT n [OFFSET m]} (Flink's SortLimit): a global Top-N without row number,
 * run once (parallelism 1). Rows leave the top when better ones arrive, so it emits a full
 * changelog.
 */
public final class SortLimitNode extends PartitionedNode {

  private final SortSpec sort;
  private final long offset;
  private final long fetch;

  /**
   * @param sort the ORDER BY over input fields, not empty
   * @param offset rows skipped first, at least 0
   * @param fetch rows emitted, at least 1
   */
  public SortLimitNode(PhysicalNode input, SortSpec sort, long offset, long fetch) {
    super(input.rowType(), input, ChangelogMode.ALL, new int[0]);
    this.sort = requireNonNull(sort, "sort is null");
    if (offset < 0 || fetch < 1) {
      throw new IllegalArgumentException("bad LIMIT " + fetch + " OFFSET " + offset);
    }
    this.offset = offset;
    this.fetch = fetch;
  }

  @Override
  public String name() {
    return "SortLimit";
  }

  @Override
  public String attributes() {
    return "orderBy=[" + SortOrders.print(sort, input().rowType().getFieldNames()) + "], offset=["
        + offset + "], fetch=[" + fetch + "], strategy=["
        + (appendOnlyInput() ? "AppendFastStrategy" : "RetractStrategy") + "]";
  }

  @Override
  public String state() {
    return appendOnlyInput() ? "top " + (offset + fetch) + " rows by sort key"
        : "all rows by sort key, sorted key counts";
  }

  @Override
  public int translate(TranslationContext context) {
    RowSchema schema = input().rowSchema();
    boolean appendOnly = appendOnlyInput();
    SortCode sortCode = context.sortCode(schema, sort);
    return context.addOperator(this,
        () -> LimitOperator.sortLimit(schema, sort, offset, fetch, appendOnly, sortCode));
  }
}

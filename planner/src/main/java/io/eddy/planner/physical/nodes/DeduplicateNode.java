package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.rank.DeduplicateOperator;
import io.eddy.runtime.operators.rank.DeduplicateOperator.Keep;

/**
 * Deduplication: {@code ROW_NUMBER() OVER (PARTITION BY k ORDER BY time_attribute ASC|DESC) = 1}
 * keeps the first or last row of each key (Flink's Deduplicate). Keeping the first row by
 * processing time only appends; the other variants update the kept row.
 */
public final class DeduplicateNode extends PartitionedNode {

  /** {@link #rowtimeField} of a deduplication ordered by processing time. */
  public static final int PROCESSING_TIME = -1;

  private final Keep keep;
  private final int rowtimeField;

  /**
   * @param key input fields of PARTITION BY (empty: one key for all rows)
   * @param keep which row of each key is kept
   * @param rowtimeField the ORDER BY rowtime field, or {@link #PROCESSING_TIME}
   */
  public DeduplicateNode(PhysicalNode input, int[] key, Keep keep, int rowtimeField) {
    super(input.rowType(), input, changelogMode(input, keep, rowtimeField), key);
    this.keep = requireNonNull(keep, "keep is null");
    this.rowtimeField = rowtimeField;
  }

  private static ChangelogMode changelogMode(PhysicalNode input, Keep keep, int rowtimeField) {
    boolean appends = keep == Keep.FIRST && rowtimeField == PROCESSING_TIME
        && input.changelogMode().isInsertOnly();
    return appends ? ChangelogMode.INSERT_ONLY : ChangelogMode.ALL;
  }

  @Override
  public String name() {
    return "Deduplicate";
  }

  @Override
  public String attributes() {
    return "keep=[" + (keep == Keep.FIRST ? "FirstRow" : "LastRow") + "], key=["
        + SortOrders.names(partitionKey(), input().rowType().getFieldNames()) + "], order=["
        + (rowtimeField == PROCESSING_TIME ? "PROCTIME" : "ROWTIME") + "]";
  }

  @Override
  public String state() {
    return keep == Keep.FIRST && rowtimeField == PROCESSING_TIME ? "a seen marker per key"
        : "the kept row per key";
  }

  @Override
  public boolean omitsUnreadUpdateBefore() {
    return true;
  }

  @Override
  public int translate(TranslationContext context) {
    RowSchema schema = input().rowSchema();
    KeySelector selector = SortOrders.partitionKey(context, schema, partitionKey());
    boolean updateBefore = context.updateBeforeRead(this);
    if (rowtimeField == PROCESSING_TIME) {
      return context.addOperator(this,
          () -> DeduplicateOperator.onProcessingTime(selector, schema, keep, updateBefore));
    }
    return context.addOperator(this,
        () -> DeduplicateOperator.onRowtime(selector, schema, keep, rowtimeField, updateBefore));
  }
}

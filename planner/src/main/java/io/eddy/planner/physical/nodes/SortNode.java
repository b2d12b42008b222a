package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.rank.RowtimeSortOperator;
import io.eddy.runtime.operators.rank.SortCode;
import io.eddy.runtime.operators.rank.SortSpec;
import java.util.List;

/**
 * {@code ORDER BY rowtime [, ...]} without LIMIT (Flink's TemporalSort): rows are buffered until
 * the watermark passes their rowtime and then emitted in order, once (parallelism 1). Late rows
 * are dropped. Append-only in and out.
 */
public final class SortNode extends PartitionedNode {

  private final int rowtimeField;
  private final SortSpec secondarySort;

  /**
   * @param rowtimeField the first ORDER BY field, an ascending rowtime attribute
   * @param secondarySort the ORDER BY fields after it (may be empty)
   */
  public SortNode(PhysicalNode input, int rowtimeField, SortSpec secondarySort) {
    super(input.rowType(), input, ChangelogMode.INSERT_ONLY, new int[0]);
    this.rowtimeField = rowtimeField;
    this.secondarySort = requireNonNull(secondarySort, "secondarySort is null");
  }

  @Override
  public String name() {
    return "TemporalSort";
  }

  @Override
  public String attributes() {
    List<String> names = input().rowType().getFieldNames();
    String order = names.get(rowtimeField) + " ASC";
    return "orderBy=[" + (secondarySort.isEmpty() ? order
        : order + ", " + SortOrders.print(secondarySort, names)) + "]";
  }

  @Override
  public String state() {
    return "rows by rowtime until the watermark passes";
  }

  @Override
  public int translate(TranslationContext context) {
    RowSchema schema = input().rowSchema();
    SortCode sortCode = context.sortCode(schema, secondarySort);
    return context.addOperator(this,
        () -> new RowtimeSortOperator(schema, rowtimeField, secondarySort, sortCode));
  }
}

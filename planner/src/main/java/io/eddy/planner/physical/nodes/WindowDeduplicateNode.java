package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.rank.DeduplicateOperator.Keep;
import io.eddy.runtime.operators.rank.WindowRankOperator;
import java.util.List;

/**
 * Window deduplication: {@code ROW_NUMBER() OVER (PARTITION BY window_start, window_end, ...
 * ORDER BY rowtime ASC|DESC) = 1} keeps the first or last row of each key and window (Flink's
 * WindowDeduplicate). The kept row is emitted once, as an insert, when the watermark passes the
 * window's end; rows of windows that already fired are late: dropped and counted.
 */
public final class WindowDeduplicateNode extends PartitionedNode {

  private final RankWindow window;
  private final Keep keep;
  private final int rowtimeField;

  /**
   * @param window the windows deduplicated within
   * @param key input fields of PARTITION BY without the window columns (may be empty)
   * @param keep which row of each key and window is kept
   * @param rowtimeField the ORDER BY rowtime field
   */
  public WindowDeduplicateNode(PhysicalNode input, RankWindow window, int[] key, Keep keep,
      int rowtimeField) {
    super(input.rowType(), input, ChangelogMode.INSERT_ONLY, key);
    this.window = requireNonNull(window, "window is null");
    this.keep = requireNonNull(keep, "keep is null");
    this.rowtimeField = rowtimeField;
  }

  @Override
  public String name() {
    return "WindowDeduplicate";
  }

  @Override
  public String attributes() {
    List<String> names = input().rowType().getFieldNames();
    return "window=[" + window.text(names) + "], keep=["
        + (keep == Keep.FIRST ? "FirstRow" : "LastRow") + "], partitionKeys=["
        + SortOrders.names(partitionKey(), names) + "], orderKey=[" + names.get(rowtimeField)
        + "], order=[ROWTIME], " + RankWindow.EMIT;
  }

  @Override
  public String state() {
    return "per key and window: the kept row, until the window fires";
  }

  @Override
  public int translate(TranslationContext context) {
    RowSchema schema = input().rowSchema();
    KeySelector key = SortOrders.partitionKey(context, schema, partitionKey());
    int windowEnd = window.endField();
    return context.addOperator(this,
        () -> WindowRankOperator.deduplicate(key, schema, windowEnd, rowtimeField, keep));
  }
}

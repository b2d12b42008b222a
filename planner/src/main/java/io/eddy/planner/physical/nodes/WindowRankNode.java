package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.rank.RankRange;
import io.eddy.runtime.operators.rank.RankType;
import io.eddy.runtime.operators.rank.SortCode;
import io.eddy.runtime.operators.rank.SortSpec;
import io.eddy.runtime.operators.rank.WindowRankOperator;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Window Top-N: {@code ROW_NUMBER() OVER (PARTITION BY window_start, window_end, ... ORDER BY ...)}
 * filtered to a rank range, over rows of a window table function or a window aggregate (Flink's
 * WindowRank). Each window's top rows are emitted once, as inserts, when the watermark passes the
 * window's end; rows of windows that already fired are late: dropped and counted.
 */
public final class WindowRankNode extends PartitionedNode {

  private final RankWindow window;
  private final RankType rankType;
  private final SortSpec sort;
  private final RankRange range;
  private final boolean outputRankNumber;

  /**
   * @param rowType the input row, plus the BIGINT row number when {@code outputRankNumber}
   * @param window the windows ranked within
   * @param partitionKey input fields of PARTITION BY without the window columns (may be empty)
   * @param rankType ROW_NUMBER, RANK or DENSE_RANK
   * @param sort the ORDER BY over input fields
   * @param range the ranks kept
   * @param outputRankNumber whether the row number is appended to output rows
   */
  public WindowRankNode(PhysicalNode input, RelDataType rowType, RankWindow window,
      int[] partitionKey, RankType rankType, SortSpec sort, RankRange range, boolean outputRankNumber) {
    super(rowType, input, ChangelogMode.INSERT_ONLY, partitionKey);
    this.window = requireNonNull(window, "window is null");
    this.rankType = requireNonNull(rankType, "rankType is null");
    this.sort = requireNonNull(sort, "sort is null");
    this.range = requireNonNull(range, "range is null");
    this.outputRankNumber = outputRankNumber;
  }

  @Override
  public String name() {
    return "WindowRank";
  }

  @Override
  public String attributes() {
    List<String> names = input().rowType().getFieldNames();
    return "window=[" + window.text(names) + "], rankType=[" + rankType + "], rankRange=[rankStart="
        + range.start() + ", rankEnd=" + range.end() + "], partitionBy=["
        + SortOrders.names(partitionKey(), names) + "], orderBy=[" + SortOrders.print(sort, names)
        + "], select=[" + String.join(", ", rowType().getFieldNames()) + "], " + RankWindow.EMIT;
  }

  @Override
  public String state() {
    String rows = rankType == RankType.ROW_NUMBER
        ? "the top " + range.end() + (range.end() == 1 ? " row" : " rows")
        : "the rows ranked up to " + range.end();
    return "per key and window: " + rows + ", until the window fires";
  }

  @Override
  public int translate(TranslationContext context) {
    RowSchema schema = input().rowSchema();
    KeySelector key = SortOrders.partitionKey(context, schema, partitionKey());
    int windowEnd = window.endField();
    SortCode sortCode = context.sortCode(schema, sort);
    return context.addOperator(this,
        () -> new WindowRankOperator(key, schema, windowEnd, sort, range, outputRankNumber,
            rankType, sortCode));
  }
}

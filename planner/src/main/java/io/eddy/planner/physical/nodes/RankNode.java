package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.rank.RankRange;
import io.eddy.runtime.operators.rank.RankType;
import io.eddy.runtime.operators.rank.SortSpec;
import io.eddy.runtime.operators.rank.TopNOperator;
import io.eddy.runtime.operators.rank.TopNSpec;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Top-N: {@code ROW_NUMBER()} (or RANK, DENSE_RANK) {@code OVER (PARTITION BY ... ORDER BY ...)}
 * filtered to a rank range (Flink's
 * Rank). Rows leave the top when better ones arrive, so the output is a full changelog even over
 * append-only input. Without PARTITION BY it runs once (parallelism 1).
 */
public final class RankNode extends PartitionedNode {

  private final RankType rankType;
  private final SortSpec sort;
  private final RankRange range;
  private final boolean outputRankNumber;

  /**
   * @param rowType the input row, plus the BIGINT row number when {@code outputRankNumber}
   * @param partitionKey input fields of PARTITION BY (empty for a global Top-N)
   * @param rankType ROW_NUMBER, RANK or DENSE_RANK
   * @param sort the ORDER BY over input fields
   * @param range the ranks kept
   * @param outputRankNumber whether the row number is appended to output rows
   */
  public RankNode(PhysicalNode input, RelDataType rowType, int[] partitionKey,
      RankType rankType, SortSpec sort, RankRange range, boolean outputRankNumber) {
    super(rowType, input, ChangelogMode.ALL, partitionKey);
    this.rankType = requireNonNull(rankType, "rankType is null");
    this.sort = requireNonNull(sort, "sort is null");
    this.range = requireNonNull(range, "range is null");
    this.outputRankNumber = outputRankNumber;
  }

  @Override
  public String name() {
    return "Rank";
  }

  @Override
  public String attributes() {
    List<String> names = input().rowType().getFieldNames();
    return "strategy=[" + (appendOnlyInput() ? "AppendFastStrategy" : "RetractStrategy")
        + "], rankType=[" + rankType + "], rankRange=[rankStart=" + range.start() + ", rankEnd="
        + range.end() + "], partitionBy=[" + SortOrders.names(partitionKey(), names) + "], orderBy=["
        + SortOrders.print(sort, names) + "], select=[" + String.join(", ", rowType().getFieldNames())
        + "]";
  }

  @Override
  public String state() {
    if (rankType != RankType.ROW_NUMBER) {
      return appendOnlyInput() ? "rows ranked up to " + range.end() + " per partition by sort key"
          : "all rows per partition by sort key";
    }
    return appendOnlyInput() ? "top " + range.end() + " rows per partition by sort key"
        : "all rows per partition by sort key, sorted key counts";
  }

  @Override
  public boolean omitsUnreadUpdateBefore() {
    return true;
  }

  @Override
  public int translate(TranslationContext context) {
    RowSchema inputSchema = input().rowSchema();
    TopNSpec spec = new TopNSpec(SortOrders.partitionKey(context, inputSchema, partitionKey()), inputSchema,
        sort, range, outputRankNumber, context.updateBeforeRead(this),
        context.sortCode(inputSchema, sort));
    boolean appendOnly = appendOnlyInput();
    return context.addOperator(this, () -> TopNOperator.create(spec, rankType, appendOnly));
  }
}

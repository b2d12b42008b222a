package io.eddy.planner.physical.convert;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.nodes.RankWindow;
import io.eddy.planner.physical.nodes.WindowDeduplicateNode;
import io.eddy.planner.physical.nodes.WindowRankNode;
import io.eddy.runtime.operators.aggregate.WindowProperty;
import io.eddy.runtime.operators.rank.DeduplicateOperator.Keep;
import io.eddy.runtime.operators.rank.RankRange;
import io.eddy.runtime.operators.rank.RankType;
import io.eddy.runtime.operators.rank.SortField;
import io.eddy.runtime.operators.rank.SortSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * A ranking whose PARTITION BY holds {@code window_start} and {@code window_end} of the same
 * windows (of a window table function, directly or through a window aggregate) ranks within each
 * window: a {@link WindowRankNode}, or a {@link WindowDeduplicateNode} when it keeps row 1 ordered
 * by a rowtime attribute and the row number is not selected (Flink's Window Top-N and Window
 * Deduplication).
 *
 * @param window the windows, with the fields of their columns
 * @param partitionKey the other PARTITION BY fields (the window columns left out)
 */
record WindowRanking(RankWindow window, int[] partitionKey) {

  WindowRanking {
    requireNonNull(window, "window is null");
    partitionKey = requireNonNull(partitionKey, "partitionKey is null").clone();
  }

  /**
   * The window ranking of PARTITION BY {@code keys} (fields of {@code input}), if it holds both
   * window columns, over fields of {@code input}.
   */
  static Optional<WindowRanking> of(RelNode input, int[] keys) {
    List<Optional<WindowColumns.Origin>> origins = new ArrayList<>();
    WindowColumns.Origin start = null;
    int startKey = -1;
    for (int key : keys) {
      Optional<WindowColumns.Origin> origin = WindowColumns.of(input, key);
      origins.add(origin);
      if (start == null && origin.isPresent()
          && origin.get().property() == WindowProperty.WINDOW_START) {
        start = origin.get();
        startKey = key;
      }
    }
    if (start == null) {
      return Optional.empty();
    }
    int endKey = -1;
    List<Integer> others = new ArrayList<>();
    for (int k = 0; k < keys.length; k++) {
      Optional<WindowColumns.Origin> origin = origins.get(k);
      if (origin.isEmpty() || !origin.get().sameWindows(start)) {
        others.add(keys[k]);
      } else if (origin.get().property() == WindowProperty.WINDOW_END && endKey < 0) {
        endKey = keys[k];
      }
    }
    if (endKey < 0) {
      return Optional.empty();
    }
    RankWindow window = new RankWindow(start.window(), startKey, endKey);
    return Optional.of(new WindowRanking(window,
        others.stream().mapToInt(Integer::intValue).toArray()));
  }

  @Override
  public int[] partitionKey() {
    return partitionKey.clone();
  }

  @Override
  public String toString() {
    return "WindowRanking[" + window + ", partitionKey=" + Arrays.toString(partitionKey) + "]";
  }

  /** This ranking over the fields of a narrowed input: {@code positions} maps old to new. */
  WindowRanking at(int[] positions) {
    RankWindow moved = new RankWindow(window.spec(), positions[window.startField()],
        positions[window.endField()]);
    return new WindowRanking(moved, Arrays.stream(partitionKey).map(key -> positions[key])
        .toArray());
  }

  /** The node below {@code node} where the updates it passes on start. */
  private static PhysicalNode updatesFrom(PhysicalNode node) {
    PhysicalNode origin = node;
    while (origin.inputs().size() == 1
        && !origin.inputs().get(0).changelogMode().isInsertOnly()) {
      origin = origin.inputs().get(0);
    }
    return origin;
  }

  /** The window Top-N or window deduplication over {@code input}. */
  PhysicalNode plan(PhysicalNode input, RankType rankType, SortSpec sort, RankRange range,
      boolean outputRankNumber, RelDataType rankFieldType, RelDataTypeFactory typeFactory) {
    if (!input.changelogMode().isInsertOnly()) {
      throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
          "Window Top-N over an updating input (" + updatesFrom(input).name()
              + " emits updates) is not supported");
    }
    if (RankConverter.keepsOneRow(rankType, sort, range, outputRankNumber)) {
      SortField order = sort.fields().get(0);
      RelDataType orderType = input.rowType().getFieldList().get(order.index()).getType();
      if (Collations.isRowtime(orderType)) {
        return new WindowDeduplicateNode(input, window, partitionKey,
            order.ascending() ? Keep.FIRST : Keep.LAST, order.index());
      }
    }
    return new WindowRankNode(input,
        RankConverter.rankedRowType(input, outputRankNumber, rankFieldType, typeFactory), window,
        partitionKey, rankType, sort, range, outputRankNumber);
  }
}

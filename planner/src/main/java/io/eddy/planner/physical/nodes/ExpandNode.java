package io.eddy.planner.physical.nodes;

import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.expand.ExpandOperator;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;

/**
 * GROUPING SETS, ROLLUP and CUBE: each input row becomes one row per grouping set, with the
 * columns the set does not group by nulled and the set's grouping id {@code $e} last (Flink's
 * Expand). Stateless; row kinds are kept, so retractions expand as well.
 */
public final class ExpandNode extends PhysicalNode {

  private final int[][] sources;
  private final long[] groupingIds;

  /**
   * @param rowType the produced row, the grouping id last
   * @param sources per grouping set, per produced field but the last, the input field it copies
   *     or -1 for null
   * @param groupingIds per grouping set, its grouping id
   */
  public ExpandNode(PhysicalNode input, RelDataType rowType, int[][] sources, long[] groupingIds) {
    super(rowType, List.of(input), input.changelogMode());
    if (sources.length == 0 || sources.length != groupingIds.length) {
      throw new IllegalArgumentException("need one grouping id per grouping set");
    }
    this.sources = new int[sources.length][];
    for (int set = 0; set < sources.length; set++) {
      if (sources[set].length != rowType.getFieldCount() - 1) {
        throw new IllegalArgumentException("grouping set " + set + " fills " + sources[set].length
            + " fields of " + rowType);
      }
      this.sources[set] = sources[set].clone();
    }
    this.groupingIds = groupingIds.clone();
  }

  @Override
  public String name() {
    return "Expand";
  }

  @Override
  public String attributes() {
    List<String> inputNames = input().rowType().getFieldNames();
    List<String> names = rowType().getFieldNames();
    List<String> sets = new ArrayList<>();
    for (int set = 0; set < sources.length; set++) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < sources[set].length; i++) {
        int source = sources[set][i];
        String name = names.get(i);
        fields.add(source < 0 ? "null AS " + name : inputNames.get(source).equals(name) ? name
            : inputNames.get(source) + " AS " + name);
      }
      fields.add(groupingIds[set] + " AS " + names.get(names.size() - 1));
      sets.add("{" + String.join(", ", fields) + "}");
    }
    return "projects=[" + String.join(", ", sets) + "]";
  }

  @Override
  public int translate(TranslationContext context) {
    RowSchema schema = rowSchema();
    int[][] fields = sources;
    long[] ids = groupingIds;
    return context.addOperator(this, () -> new ExpandOperator(schema, fields, ids));
  }
}

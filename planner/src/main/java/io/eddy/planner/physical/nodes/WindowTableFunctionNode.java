package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.aggregate.WindowAssignOperator;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A window table function whose windows are not aggregated: each row is emitted once per window
 * it falls in, with window_start, window_end and window_time appended. Keeps no state.
 */
public final class WindowTableFunctionNode extends PhysicalNode {

  private final int rowtimeField;
  private final WindowSpec window;

  /** @param rowtimeField the input index of the time attribute */
  public WindowTableFunctionNode(PhysicalNode input, RelDataType rowType, int rowtimeField,
      WindowSpec window) {
    super(rowType, List.of(input), input.changelogMode());
    this.rowtimeField = rowtimeField;
    this.window = requireNonNull(window, "window is null");
  }

  @Override
  public String name() {
    return "WindowTableFunction";
  }

  @Override
  public String attributes() {
    return "window=[" + window + ", time_col=["
        + input().rowType().getFieldNames().get(rowtimeField) + "]]";
  }

  @Override
  public int translate(TranslationContext context) {
    RowSchema output = rowSchema();
    return context.addOperator(this,
        () -> new WindowAssignOperator(output, rowtimeField, window.assigner()));
  }
}

package io.eddy.planner.codegen;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowCondition;
import io.eddy.runtime.function.RowTransform;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;

/**
 * Turns Calcite row expressions into compiled per-record code. Rows follow the layout in
 * runtime/DESIGN-ROWS.md; field {@code i} of an input row is {@code RexInputRef(i)} of the input
 * type. Identical code is compiled once and shared.
 */
public interface CodeGenerator {

  /**
   * The projections and optional filter of one step, fused into one method: the output row of
   * {@code outputSchema} holds {@code projects} evaluated over the input row, or the input is
   * dropped when {@code condition} (if not null) is not true.
   *
   * @param name a readable name for the generated class (the operator's)
   */
  GeneratedCode<RowTransform> calc(String name, RelDataType inputType, List<RexNode> projects,
      RexNode condition, RowSchema outputSchema);

  /**
   * A condition over a left and a right row: input references below the left type's field count
   * read the left row, the others the right row (shifted by that count).
   */
  GeneratedCode<RowCondition> joinCondition(String name, RelDataType leftType,
      RelDataType rightType, RexNode condition);

  /**
   * An expression of type TIMESTAMP or TIMESTAMP_LTZ evaluated to epoch milliseconds (as stored in
   * a row's long slot), {@link Long#MIN_VALUE} when it is null. Instances keep no state and may be
   * shared between threads; used for watermark expressions and rowtime extraction.
   */
  GeneratedCode<ToLongFunction<Row>> timestamp(String name, RelDataType inputType,
      RexNode expression);
}

package io.eddy.planner.codegen;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowCondition;
import io.eddy.runtime.function.RowTransform;
import io.eddy.runtime.operators.aggregate.AccumulatorCode;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.rank.SortField;
import java.util.Comparator;
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

  /**
   * A key selector over {@code fields} (at least one) of {@code inputSchema}: copies and hashes
   * each key field with the code of its kind. With {@code reuseKey} an instance fills one key row
   * (one instance per operator subtask); without, it builds a fresh key row per call and keeps no
   * state, so one instance may serve every subtask (as HASH exchanges share it).
   */
  GeneratedCode<KeySelector> keySelector(String name, RowSchema inputSchema, int[] fields,
      boolean reuseKey);

  /**
   * The accumulator code of an aggregate's calls: the row count and every call
   * {@code AggregateCode.generatable(call, retracting)} accepts, in one class over the layout
   * of {@code AggregateAccumulators(inputSchema, calls, retracting)}.
   */
  GeneratedCode<AccumulatorCode> accumulators(String name, RowSchema inputSchema,
      List<AggregateCall> calls, boolean retracting);

  /**
   * A comparator of rows of {@code schema} by {@code fields} (direction and null placement as
   * each says), reading each field with the code of its type. Keeps no state: one instance may
   * serve every subtask.
   */
  GeneratedCode<Comparator<Row>> comparator(String name, RowSchema schema,
      List<SortField> fields);

  /**
   * A row conversion that only picks fields: output field {@code i} of {@code outputSchema} is
   * input field {@code fields[i]}, copied with the setter of its kind; the output row keeps the
   * input's row kind and is reused (one instance per operator subtask).
   */
  GeneratedCode<RowTransform> fieldProjection(String name, RowSchema inputSchema, int[] fields,
      RowSchema outputSchema);
}

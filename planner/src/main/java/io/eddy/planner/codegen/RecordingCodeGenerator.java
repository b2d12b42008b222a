package io.eddy.planner.codegen;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowCondition;
import io.eddy.runtime.function.RowTransform;
import io.eddy.runtime.operators.aggregate.AccumulatorCode;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.rank.SortField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;

/**
 * A code generator that remembers what another one generated, in order: how EXPLAIN
 * GENERATED_CODE shows the source of a plan's per-record code. One instance per statement.
 */
public final class RecordingCodeGenerator implements CodeGenerator {

  private final CodeGenerator delegate;
  private final List<GeneratedCode<?>> generated = new ArrayList<>();

  public RecordingCodeGenerator(CodeGenerator delegate) {
    this.delegate = requireNonNull(delegate, "delegate is null");
  }

  @Override
  public GeneratedCode<RowTransform> calc(String name, RelDataType inputType,
      List<RexNode> projects, RexNode condition, RowSchema outputSchema) {
    return record(delegate.calc(name, inputType, projects, condition, outputSchema));
  }

  @Override
  public GeneratedCode<RowCondition> joinCondition(String name, RelDataType leftType,
      RelDataType rightType, RexNode condition) {
    return record(delegate.joinCondition(name, leftType, rightType, condition));
  }

  @Override
  public GeneratedCode<ToLongFunction<Row>> timestamp(String name, RelDataType inputType,
      RexNode expression) {
    return record(delegate.timestamp(name, inputType, expression));
  }

  @Override
  public GeneratedCode<KeySelector> keySelector(String name, RowSchema inputSchema, int[] fields,
      boolean reuseKey) {
    return record(delegate.keySelector(name, inputSchema, fields, reuseKey));
  }

  @Override
  public GeneratedCode<AccumulatorCode> accumulators(String name, RowSchema inputSchema,
      List<AggregateCall> calls, boolean retracting) {
    return record(delegate.accumulators(name, inputSchema, calls, retracting));
  }

  @Override
  public GeneratedCode<Comparator<Row>> comparator(String name, RowSchema schema,
      List<SortField> fields) {
    return record(delegate.comparator(name, schema, fields));
  }

  @Override
  public GeneratedCode<RowTransform> fieldProjection(String name, RowSchema inputSchema,
      int[] fields, RowSchema outputSchema) {
    return record(delegate.fieldProjection(name, inputSchema, fields, outputSchema));
  }

  /** Remembers {@code code} once: the same class asked for twice is shown once. */
  private <T> GeneratedCode<T> record(GeneratedCode<T> code) {
    if (generated.stream().noneMatch(seen -> seen.source().equals(code.source()))) {
      generated.add(code);
    }
    return code;
  }

  /** What was generated so far, in order. */
  public List<GeneratedCode<?>> generated() {
    return List.copyOf(generated);
  }
}

package io.eddy.planner.codegen;

import io.eddy.planner.PlannerException;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.function.RowCondition;
import io.eddy.runtime.function.RowTransform;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;

/** Placeholder replaced by the Janino-based generator. */
public final class JaninoCodeGenerator implements CodeGenerator {

  @Override
  public GeneratedCode<RowTransform> calc(String name, RelDataType inputType,
      List<RexNode> projects, RexNode condition, RowSchema outputSchema) {
    throw unavailable();
  }

  @Override
  public GeneratedCode<RowCondition> joinCondition(String name, RelDataType leftType,
      RelDataType rightType, RexNode condition) {
    throw unavailable();
  }

  @Override
  public GeneratedCode<ToLongFunction<Row>> timestamp(String name, RelDataType inputType,
      RexNode expression) {
    throw unavailable();
  }

  private static PlannerException unavailable() {
    return PlannerException.of(PlannerException.Category.UNSUPPORTED, "Expressions");
  }
}

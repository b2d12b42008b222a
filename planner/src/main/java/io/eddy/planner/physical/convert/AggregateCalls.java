package io.eddy.planner.physical.convert;

import io.eddy.planner.PlannerException;
import io.eddy.planner.types.FieldTypes;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.aggregate.AggregateKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;

/**
 * Calcite's aggregate calls as the runtime's {@link AggregateCall}s. Functions the runtime does
 * not compute, and grouping sets, are refused naming what was written.
 */
final class AggregateCalls {

  private AggregateCalls() {
  }

  /**
   * The calls of {@code aggregate}, their argument and filter fields moved by {@code fields}
   * (from the aggregate's input to the physical input).
   */
  static List<AggregateCall> of(Aggregate aggregate, IntUnaryOperator fields) {
    if (aggregate.getGroupType() != Aggregate.Group.SIMPLE) {
      throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
          "GROUPING SETS, ROLLUP and CUBE are not supported yet");
    }
    List<String> names = aggregate.getRowType().getFieldNames();
    List<AggregateCall> calls = new ArrayList<>();
    List<org.apache.calcite.rel.core.AggregateCall> logical = aggregate.getAggCallList();
    for (int i = 0; i < logical.size(); i++) {
      calls.add(of(logical.get(i), names.get(aggregate.getGroupCount() + i),
          aggregate.getInput(), fields));
    }
    return calls;
  }

  private static AggregateCall of(org.apache.calcite.rel.core.AggregateCall call, String name,
      RelNode input, IntUnaryOperator fields) {
    String function = call.getAggregation().getName();
    if (!call.getCollation().getFieldCollations().isEmpty()) {
      throw unsupported(function + " WITHIN GROUP");
    }
    List<Integer> arguments = call.getArgList().stream().map(fields::applyAsInt).toList();
    FieldType argumentType = call.getArgList().isEmpty() ? null
        : FieldTypes.of(input.getRowType().getFieldList().get(call.getArgList().get(0)).getType());
    FieldType resultType = FieldTypes.of(call.getType());
    AggregateCall result;
    try {
      SqlKind kind = call.getAggregation().getKind();
      if (kind == SqlKind.COUNT) {
        result = arguments.isEmpty() ? AggregateCall.countStar(name)
            : AggregateCall.count(name, argumentType,
                arguments.stream().mapToInt(Integer::intValue).toArray());
      } else if (kind == SqlKind.LISTAGG) {
        result = listAgg(call, name, input, arguments, argumentType, resultType);
      } else {
        AggregateKind simple = singleArgumentKind(kind)
            .orElseThrow(() -> unsupported("The aggregate function " + function));
        result = single(name, simple, arguments, argumentType, resultType, function);
      }
    } catch (IllegalArgumentException e) {
      throw unsupported("The aggregate call " + call + " (" + e.getMessage() + ")");
    }
    if (call.isDistinct()) {
      result = result.asDistinct();
    }
    return call.filterArg >= 0 ? result.filteredBy(fields.applyAsInt(call.filterArg)) : result;
  }

  /**
   * The runtime function of a one-argument aggregate (SUM, SUM0, MIN, MAX, AVG, FIRST_VALUE,
   * LAST_VALUE, LISTAGG), shared by GROUP BY, window and OVER aggregation.
   */
  static Optional<AggregateKind> singleArgumentKind(SqlKind kind) {
    return Optional.ofNullable(switch (kind) {
      case SUM -> AggregateKind.SUM;
      case SUM0 -> AggregateKind.SUM0;
      case MIN -> AggregateKind.MIN;
      case MAX -> AggregateKind.MAX;
      case AVG -> AggregateKind.AVG;
      case FIRST_VALUE -> AggregateKind.FIRST_VALUE;
      case LAST_VALUE -> AggregateKind.LAST_VALUE;
      case LISTAGG -> AggregateKind.LISTAGG;
      default -> null;
    });
  }

  private static AggregateCall single(String name, AggregateKind kind, List<Integer> arguments,
      FieldType argumentType, FieldType resultType, String function) {
    if (arguments.size() != 1) {
      throw unsupported(function + " with " + arguments.size() + " arguments");
    }
    return AggregateCall.of(name, kind, arguments.get(0), argumentType, resultType);
  }

  private static AggregateCall listAgg(org.apache.calcite.rel.core.AggregateCall call,
      String name, RelNode input, List<Integer> arguments, FieldType argumentType,
      FieldType resultType) {
    AggregateCall result = AggregateCall.of(name, AggregateKind.LISTAGG, arguments.get(0),
        argumentType, resultType);
    if (arguments.size() == 1) {
      return result;
    }
    Optional<RexNode> separator = inputExpression(input, call.getArgList().get(1));
    if (separator.isPresent() && separator.get() instanceof RexLiteral literal
        && literal.getValueAs(String.class) != null) {
      return result.withSeparator(literal.getValueAs(String.class));
    }
    throw unsupported("LISTAGG with a separator that is not a string literal");
  }

  /** The expression computing field {@code field} of {@code input}, when it is a projection. */
  private static Optional<RexNode> inputExpression(RelNode input, int field) {
    if (input instanceof Calc calc) {
      return Optional.of(calc.getProgram().expandLocalRef(
          calc.getProgram().getProjectList().get(field)));
    } else if (input instanceof Project project) {
      return Optional.of(project.getProjects().get(field));
    }
    return Optional.empty();
  }

  private static PlannerException unsupported(String what) {
    return PlannerException.of(PlannerException.Category.UNSUPPORTED,
        what + " is not supported yet");
  }
}

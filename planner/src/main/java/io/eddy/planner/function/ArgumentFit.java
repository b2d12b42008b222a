package io.eddy.planner.function;

import java.util.List;
import java.util.Optional;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Picks the {@code eval} overload a call's arguments fit: the same number of parameters, each
 * argument of the parameter's SQL type or implicitly widened to it as Flink allows (a narrower
 * integer, an exact number to a wider or approximate one, FLOAT to DOUBLE, any string to
 * STRING, any binary to BYTES); an untyped NULL fits any parameter. The last parameter of a
 * varargs overload takes any number of arguments. The overload needing the fewest widenings
 * wins, a fixed number of parameters before varargs; ties go to the first in signature order.
 */
final class ArgumentFit {

  private static final int NO_FIT = -1;

  private ArgumentFit() {
  }

  /** The overload {@code arguments} fit best, if any. */
  static Optional<EvalMethod> best(List<EvalMethod> evals, List<RelDataType> arguments) {
    EvalMethod best = null;
    int bestCost = Integer.MAX_VALUE;
    for (EvalMethod eval : evals) {
      int cost = cost(eval, arguments);
      if (cost != NO_FIT && cost < bestCost) {
        best = eval;
        bestCost = cost;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int cost(EvalMethod eval, List<RelDataType> arguments) {
    if (!eval.accepts(arguments.size())) {
      return NO_FIT;
    }
    int total = eval.varArgs() ? 1 : 0;
    for (int i = 0; i < arguments.size(); i++) {
      int cost = cost(arguments.get(i).getSqlTypeName(), eval.argumentType(i));
      if (cost == NO_FIT) {
        return NO_FIT;
      }
      total += cost;
    }
    return total;
  }

  /** How far an argument of SQL type {@code from} is widened to {@code to}, or NO_FIT. */
  static int cost(SqlTypeName from, FunctionValueType to) {
    if (from == SqlTypeName.NULL) {
      return 0;
    }
    return switch (to) {
      case STRING -> from == SqlTypeName.VARCHAR ? 0 : from == SqlTypeName.CHAR ? 1 : NO_FIT;
      case BYTES -> from == SqlTypeName.VARBINARY ? 0 : from == SqlTypeName.BINARY ? 1 : NO_FIT;
      case BOOLEAN, DATE, TIMESTAMP, TIMESTAMP_LTZ -> from == to.sqlTypeName() ? 0 : NO_FIT;
      default -> numeric(from, to);
    };
  }

  private static int numeric(SqlTypeName from, FunctionValueType to) {
    int fromRank = rank(from);
    int toRank = rank(to.sqlTypeName());
    if (fromRank < 0 || toRank < fromRank) {
      return NO_FIT;
    }
    if (from == SqlTypeName.DECIMAL && to == FunctionValueType.DECIMAL) {
      return 0;
    }
    return toRank - fromRank;
  }

  /** Numeric types from narrowest to widest; -1 for others. */
  private static int rank(SqlTypeName type) {
    return switch (type) {
      case TINYINT -> 0;
      case SMALLINT -> 1;
      case INTEGER -> 2;
      case BIGINT -> 3;
      case DECIMAL -> 4;
      case FLOAT, REAL -> 5;
      case DOUBLE -> 6;
      default -> -1;
    };
  }
}

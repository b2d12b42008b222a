package io.eddy.planner.validate;

import java.util.List;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.util.Optionality;

/**
 * FIRST_VALUE and LAST_VALUE as Flink has them: aggregate functions usable in GROUP BY queries
 * (the first or last non-null value in arrival order) as well as over windows. Calcite's versions
 * require an OVER clause.
 */
final class FirstLastValueFunctions {

  /** FIRST_VALUE and LAST_VALUE. */
  static final List<SqlOperator> ALL = List.of(aggregate(SqlKind.FIRST_VALUE),
      aggregate(SqlKind.LAST_VALUE));

  private FirstLastValueFunctions() {
  }

  private static SqlOperator aggregate(SqlKind kind) {
    return new SqlAggFunction(kind.name(), null, kind, ReturnTypes.ARG0_NULLABLE_IF_EMPTY, null,
        OperandTypes.ANY, SqlFunctionCategory.NUMERIC, false, false, Optionality.FORBIDDEN) {
    };
  }
}

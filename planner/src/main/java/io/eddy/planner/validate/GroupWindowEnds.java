package io.eddy.planner.validate;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlGroupedWindowFunction;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlReturnTypeInference;

/**
 * The legacy group window functions TUMBLE_END, HOP_END and SESSION_END as Flink types them: a
 * plain TIMESTAMP, not a time attribute (the window's end is computed from its start, so it is no
 * longer the rowtime). Calcite's versions keep the time attribute's type, which its own
 * conversion then contradicts.
 */
final class GroupWindowEnds {

  private static final SqlReturnTypeInference PLAIN_TIMESTAMP = binding -> {
    RelDataType time = binding.getOperandType(0);
    RelDataTypeFactory factory = binding.getTypeFactory();
    RelDataType plain = time.getPrecision() >= 0
        ? factory.createSqlType(time.getSqlTypeName(), time.getPrecision())
        : factory.createSqlType(time.getSqlTypeName());
    return factory.createTypeWithNullability(plain, time.isNullable());
  };

  /** The three functions. */
  static final List<SqlOperator> ALL = List.of(
      end(SqlStdOperatorTable.TUMBLE_END), end(SqlStdOperatorTable.HOP_END),
      end(SqlStdOperatorTable.SESSION_END));

  private GroupWindowEnds() {
  }

  private static SqlGroupedWindowFunction end(SqlGroupedWindowFunction calcite) {
    return new SqlGroupedWindowFunction(calcite.getName(), calcite.getKind(),
        calcite.groupFunction, PLAIN_TIMESTAMP, null, calcite.getOperandTypeChecker(),
        SqlFunctionCategory.SYSTEM);
  }
}

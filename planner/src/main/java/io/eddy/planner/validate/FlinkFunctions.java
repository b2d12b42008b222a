package io.eddy.planner.validate;

import java.util.List;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlOperandTypeChecker;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeTransforms;

/**
 * Flink built-in functions that Calcite's standard table lacks and that common Flink scripts
 * (Nexmark among them) use, with Flink's signatures and result types. Validation only: the
 * runtime implements them separately.
 */
public final class FlinkFunctions {

  /** DATE_FORMAT(timestamp or string, format): STRING. */
  public static final SqlFunction DATE_FORMAT = function("DATE_FORMAT",
      ReturnTypes.VARCHAR_FORCE_NULLABLE, OperandTypes.or(
          OperandTypes.family(SqlTypeFamily.TIMESTAMP, SqlTypeFamily.STRING),
          OperandTypes.family(SqlTypeFamily.STRING, SqlTypeFamily.STRING)));

  /** SPLIT_INDEX(string, separator, index): STRING. */
  public static final SqlFunction SPLIT_INDEX = function("SPLIT_INDEX",
      ReturnTypes.VARCHAR_FORCE_NULLABLE, OperandTypes.or(
          OperandTypes.family(SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER,
              SqlTypeFamily.INTEGER),
          OperandTypes.family(SqlTypeFamily.CHARACTER, SqlTypeFamily.INTEGER,
              SqlTypeFamily.INTEGER)));

  /** TO_TIMESTAMP_LTZ(epoch number [, precision 0 or 3]): TIMESTAMP_LTZ(3). */
  public static final SqlFunction TO_TIMESTAMP_LTZ = function("TO_TIMESTAMP_LTZ",
      ReturnTypes.cascade(ReturnTypes.explicit(
          factory -> factory.createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 3)),
          SqlTypeTransforms.TO_NULLABLE), OperandTypes.or(
          OperandTypes.family(SqlTypeFamily.NUMERIC),
          OperandTypes.family(SqlTypeFamily.NUMERIC, SqlTypeFamily.INTEGER)));

  /** TO_TIMESTAMP(string [, format]): TIMESTAMP(3). */
  public static final SqlFunction TO_TIMESTAMP = function("TO_TIMESTAMP",
      ReturnTypes.cascade(ReturnTypes.explicit(
          factory -> factory.createSqlType(SqlTypeName.TIMESTAMP, 3)),
          SqlTypeTransforms.FORCE_NULLABLE), OperandTypes.or(
          OperandTypes.family(SqlTypeFamily.CHARACTER),
          OperandTypes.family(SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER)));

  /** All of them. */
  public static final List<SqlOperator> ALL = List.of(DATE_FORMAT, SPLIT_INDEX,
      TO_TIMESTAMP_LTZ, TO_TIMESTAMP);

  private FlinkFunctions() {
  }

  private static SqlFunction function(String name, SqlReturnTypeInference returnType,
      SqlOperandTypeChecker operands) {
    return new SqlFunction(name, SqlKind.OTHER_FUNCTION, returnType, null, operands,
        SqlFunctionCategory.USER_DEFINED_FUNCTION);
  }
}

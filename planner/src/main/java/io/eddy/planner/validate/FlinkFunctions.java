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

  private static final SqlReturnTypeInference STRING = ReturnTypes.cascade(
      ReturnTypes.explicit(SqlTypeName.VARCHAR), SqlTypeTransforms.TO_NULLABLE);
  private static final SqlReturnTypeInference STRING_OR_NULL = ReturnTypes.cascade(
      ReturnTypes.explicit(SqlTypeName.VARCHAR), SqlTypeTransforms.FORCE_NULLABLE);
  private static final SqlOperandTypeChecker ONE_STRING =
      OperandTypes.family(SqlTypeFamily.CHARACTER);

  /** Flink's string, math and time functions that Calcite's standard table lacks. */
  static final List<SqlOperator> MORE = List.of(
      function("IF", binding -> binding.getTypeFactory().leastRestrictive(List.of(
          binding.getOperandType(1), binding.getOperandType(2))),
          OperandTypes.family(SqlTypeFamily.BOOLEAN, SqlTypeFamily.ANY, SqlTypeFamily.ANY)),
      org.apache.calcite.sql.fun.SqlLibraryOperators.TRY_CAST,
      org.apache.calcite.sql.fun.SqlLibraryOperators.ARRAY_CONTAINS,
      org.apache.calcite.sql.fun.SqlLibraryOperators.ARRAY_POSITION,
      org.apache.calcite.sql.fun.SqlLibraryOperators.ARRAY_REMOVE,
      org.apache.calcite.sql.fun.SqlLibraryOperators.ARRAY_DISTINCT,
      org.apache.calcite.sql.fun.SqlLibraryOperators.ARRAY_REVERSE,
      org.apache.calcite.sql.fun.SqlLibraryOperators.ARRAY_JOIN,
      org.apache.calcite.sql.fun.SqlLibraryOperators.MAP_KEYS,
      org.apache.calcite.sql.fun.SqlLibraryOperators.MAP_VALUES,
      function("CONCAT", STRING, OperandTypes.repeat(
          org.apache.calcite.sql.type.SqlOperandCountRanges.from(1),
          OperandTypes.STRING)),
      function("CONCAT_WS", STRING, OperandTypes.repeat(
          org.apache.calcite.sql.type.SqlOperandCountRanges.from(2), OperandTypes.STRING)),
      function("SUBSTR", STRING, OperandTypes.or(
          OperandTypes.family(SqlTypeFamily.CHARACTER, SqlTypeFamily.INTEGER),
          OperandTypes.family(SqlTypeFamily.CHARACTER, SqlTypeFamily.INTEGER,
              SqlTypeFamily.INTEGER))),
      function("LTRIM", STRING, ONE_STRING),
      function("RTRIM", STRING, ONE_STRING),
      function("REGEXP_EXTRACT", STRING_OR_NULL, OperandTypes.or(
          OperandTypes.family(SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER),
          OperandTypes.family(SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER,
              SqlTypeFamily.INTEGER))),
      function("REGEXP_REPLACE", STRING, OperandTypes.family(SqlTypeFamily.CHARACTER,
          SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER)),
      function("REGEXP", ReturnTypes.BOOLEAN_NULLABLE, OperandTypes.family(
          SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER)),
      function("LPAD", STRING_OR_NULL, OperandTypes.family(SqlTypeFamily.CHARACTER,
          SqlTypeFamily.INTEGER, SqlTypeFamily.CHARACTER)),
      function("RPAD", STRING_OR_NULL, OperandTypes.family(SqlTypeFamily.CHARACTER,
          SqlTypeFamily.INTEGER, SqlTypeFamily.CHARACTER)),
      function("REPEAT", STRING, OperandTypes.family(SqlTypeFamily.CHARACTER,
          SqlTypeFamily.INTEGER)),
      function("REVERSE", STRING, ONE_STRING),
      function("LEFT", STRING, OperandTypes.family(SqlTypeFamily.CHARACTER,
          SqlTypeFamily.INTEGER)),
      function("RIGHT", STRING, OperandTypes.family(SqlTypeFamily.CHARACTER,
          SqlTypeFamily.INTEGER)),
      function("MD5", STRING, ONE_STRING),
      function("SHA256", STRING, ONE_STRING),
      function("TO_BASE64", STRING, ONE_STRING),
      function("FROM_BASE64", STRING, ONE_STRING),
      nonDeterministic("UUID", ReturnTypes.explicit(SqlTypeName.VARCHAR), OperandTypes.NILADIC),
      function("HASH_CODE", ReturnTypes.INTEGER_NULLABLE, ONE_STRING),
      function("LOG", ReturnTypes.DOUBLE_NULLABLE, OperandTypes.or(
          OperandTypes.NUMERIC, OperandTypes.NUMERIC_NUMERIC)),
      function("E", ReturnTypes.DOUBLE, OperandTypes.NILADIC),
      nonDeterministic("NOW", ReturnTypes.explicit(
          factory -> factory.createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 3)),
          OperandTypes.NILADIC),
      function("TO_DATE", ReturnTypes.cascade(ReturnTypes.explicit(SqlTypeName.DATE),
          SqlTypeTransforms.FORCE_NULLABLE), OperandTypes.or(ONE_STRING,
          OperandTypes.family(SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER))),
      nonDeterministic("UNIX_TIMESTAMP", ReturnTypes.BIGINT_NULLABLE, OperandTypes.or(
          OperandTypes.NILADIC, ONE_STRING,
          OperandTypes.family(SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER))),
      function("FROM_UNIXTIME", STRING, OperandTypes.or(
          OperandTypes.family(SqlTypeFamily.INTEGER),
          OperandTypes.family(SqlTypeFamily.INTEGER, SqlTypeFamily.CHARACTER))));

  /** All of them. */
  public static final List<SqlOperator> ALL = concat(List.of(DATE_FORMAT, SPLIT_INDEX,
      TO_TIMESTAMP_LTZ, TO_TIMESTAMP), MORE);

  private FlinkFunctions() {
  }

  private static List<SqlOperator> concat(List<SqlOperator> first, List<SqlOperator> second) {
    List<SqlOperator> all = new java.util.ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }

  private static SqlFunction nonDeterministic(String name, SqlReturnTypeInference returnType,
      SqlOperandTypeChecker operands) {
    return new SqlFunction(name, SqlKind.OTHER_FUNCTION, returnType, null, operands,
        SqlFunctionCategory.USER_DEFINED_FUNCTION) {
      @Override
      public boolean isDeterministic() {
        return false;
      }

      @Override
      public org.apache.calcite.sql.SqlSyntax getSyntax() {
        return org.apache.calcite.sql.SqlSyntax.FUNCTION;
      }
    };
  }

  private static SqlFunction function(String name, SqlReturnTypeInference returnType,
      SqlOperandTypeChecker operands) {
    return new SqlFunction(name, SqlKind.OTHER_FUNCTION, returnType, null, operands,
        SqlFunctionCategory.USER_DEFINED_FUNCTION);
  }
}

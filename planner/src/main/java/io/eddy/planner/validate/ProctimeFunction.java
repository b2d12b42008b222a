package io.eddy.planner.validate;

import io.eddy.planner.types.EddyTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Flink's {@code PROCTIME()}: the processing-time attribute, TIMESTAMP_LTZ(3) NOT NULL marked
 * {@code *PROCTIME*}; used in computed columns such as {@code pt AS PROCTIME()}.
 */
public final class ProctimeFunction extends SqlFunction {

  /** The single instance. */
  public static final ProctimeFunction INSTANCE = new ProctimeFunction();

  private ProctimeFunction() {
    super("PROCTIME", SqlKind.OTHER_FUNCTION, binding -> proctime(binding.getTypeFactory()),
        null, OperandTypes.NILADIC, SqlFunctionCategory.TIMEDATE);
  }

  private static org.apache.calcite.rel.type.RelDataType proctime(RelDataTypeFactory factory) {
    if (factory instanceof EddyTypeFactory eddy) {
      return eddy.createTimeIndicatorType(true, 3, false, false);
    }
    return factory.createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 3);
  }

  @Override
  public SqlSyntax getSyntax() {
    return SqlSyntax.FUNCTION;
  }

  @Override
  public boolean isDeterministic() {
    return false;
  }
}

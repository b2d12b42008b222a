package io.eddy.planner.validate;

import java.math.BigDecimal;
import java.util.List;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql2rel.SqlRexContext;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.apache.calcite.sql2rel.StandardConvertletTable;

/**
 * Calcite's standard conversions of SQL calls to row expressions, except TIMESTAMPDIFF in units
 * below a second: Calcite counts those through whole seconds ({@code TIMESTAMPDIFF(MILLISECOND, ...)}
 * of 1.5 seconds is 1000), whereas the difference is meant in the unit asked for (1500).
 */
final class EddyConvertletTable implements SqlRexConvertletTable {

  static final EddyConvertletTable INSTANCE = new EddyConvertletTable();

  private EddyConvertletTable() {}

  @Override
  public SqlRexConvertlet get(SqlCall call) {
    if (call.getOperator() == SqlStdOperatorTable.TIMESTAMP_DIFF && perMillisecond(call) != null) {
      return EddyConvertletTable::subSecondDifference;
    }
    return StandardConvertletTable.INSTANCE.get(call);
  }

  /** How many of the call's units make a millisecond, for sub-second units; else null. */
  private static BigDecimal perMillisecond(SqlCall call) {
    if (!(call.operand(0) instanceof SqlIntervalQualifier unit)) {
      return null;
    }
    return switch (unit.getStartUnit()) {
      case MILLISECOND -> BigDecimal.ONE;
      case MICROSECOND -> BigDecimal.valueOf(1_000);
      case NANOSECOND -> BigDecimal.valueOf(1_000_000);
      default -> null;
    };
  }

  /** {@code TIMESTAMPDIFF(unit, start, end)}: the milliseconds between them, times the unit's count per millisecond. */
  private static RexNode subSecondDifference(SqlRexContext context, SqlCall call) {
    RexBuilder rex = context.getRexBuilder();
    RelDataTypeFactory types = context.getTypeFactory();
    RexNode start = context.convertExpression(call.operand(1));
    RexNode end = context.convertExpression(call.operand(2));
    boolean nullable = start.getType().isNullable() || end.getType().isNullable();
    RelDataType interval = types.createTypeWithNullability(types.createSqlIntervalType(
        new SqlIntervalQualifier(TimeUnit.SECOND, 10, null, 3, SqlParserPos.ZERO)), nullable);
    RexNode difference = rex.makeCall(interval, SqlStdOperatorTable.MINUS_DATE, List.of(end, start));
    RelDataType bigint = types.createTypeWithNullability(types.createSqlType(SqlTypeName.BIGINT), nullable);
    RexNode millis = rex.makeReinterpretCast(bigint, difference, rex.makeLiteral(false));
    BigDecimal factor = perMillisecond(call);
    RexNode inUnit = factor.equals(BigDecimal.ONE) ? millis
        : rex.makeCall(SqlStdOperatorTable.MULTIPLY, millis, rex.makeExactLiteral(factor, bigint));
    RelDataType type = context.getValidator().getValidatedNodeType(call);
    return rex.makeCast(types.createTypeWithNullability(type, nullable), inUnit);
  }
}

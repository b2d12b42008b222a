package io.eddy.planner.codegen;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * CAST and TRY_CAST between SQL types. A value that cannot be cast fails naming the value and
 * the target type; TRY_CAST gives null instead.
 */
final class CastTranslator {

  private static final String CASTS = "io.eddy.codegen.functions.CastFunctions";

  private final ExpressionTranslator translator;
  private final ClassBody body;

  CastTranslator(ExpressionTranslator translator, ClassBody body) {
    this.translator = translator;
    this.body = body;
  }

  Expr cast(RexCall call) {
    if (call.getKind() == SqlKind.SAFE_CAST
        || ExpressionTranslator.name(call).equals("TRY_CAST")) {
      return tryCast(call);
    }
    return cast(translator.translate(call.getOperands().get(0)), call.getType());
  }

  private Expr tryCast(RexCall call) {
    RelDataType type = call.getType();
    String javaType = JavaTypes.of(type);
    String value = body.local(javaType, "v", JavaTypes.defaultValue(javaType));
    String isNull = body.local("boolean", "n", "true");
    body.line("try {");
    StringBuilder attempt = new StringBuilder();
    body.nested(attempt, () -> {
      Expr result = cast(translator.translate(call.getOperands().get(0)), type);
      body.line(isNull + " = " + result.isNull() + ";");
      body.line(value + " = " + result.value() + ";");
      return null;
    });
    body.raw(attempt);
    body.line("} catch (RuntimeException e) {");
    body.line("  " + isNull + " = true;");
    body.line("}");
    return new Expr(value, isNull, type, javaType);
  }

  /** {@code operand} cast to {@code type}. */
  Expr cast(Expr operand, RelDataType type) {
    String target = JavaTypes.of(type);
    SqlTypeName from = operand.type().getSqlTypeName();
    SqlTypeName to = type.getSqlTypeName();
    if (operand.isNull().equals("true")) {
      return new Expr(JavaTypes.defaultValue(target), "true", type, target);
    }
    if (isNumeric(from) && isTemporal(to) || isTemporal(from) && isNumeric(to)) {
      throw ExpressionTranslator.unsupported("CAST from " + name(operand.type()) + " to "
          + name(type) + " (use TO_TIMESTAMP_LTZ or UNIX_TIMESTAMP)");
    }
    String v = operand.value();
    String source = operand.javaType();
    String code;
    String codeType = target;
    boolean nullable = false;
    if (to == SqlTypeName.DECIMAL) {
      nullable = true;
      String number = source.equals("boolean") ? "(" + v + " ? 1L : 0L)"
          : source.equals("String") || source.equals(JavaTypes.DECIMAL)
          || JavaTypes.isFloating(source) ? v : "(long) " + v;
      code = CASTS + ".toDecimal(" + number + ", "
          + type.getPrecision() + ", " + type.getScale() + ")";
    } else if (target.equals("String")) {
      code = withLength(toText(operand), operand.type(), type);
    } else if (source.equals("String")) {
      code = fromText(v, type);
    } else if (target.equals("boolean") && JavaTypes.isNumericPrimitive(source)) {
      code = "(" + v + " != 0)";
    } else if (source.equals("boolean") && JavaTypes.isNumericPrimitive(target)) {
      code = "((" + target + ") (" + v + " ? 1 : 0))";
    } else if (isTimestamp(from) && to == SqlTypeName.DATE) {
      code = "((int) Math.floorDiv(" + v + ", 86400000L))";
    } else if (isTimestamp(from) && to == SqlTypeName.TIME) {
      code = "((int) Math.floorMod(" + v + ", 86400000L))";
    } else if (from == SqlTypeName.DATE && isTimestamp(to)) {
      code = "((long) " + v + " * 86400000L)";
    } else if (from == SqlTypeName.TIME && isTimestamp(to)) {
      code = "((long) " + v + ")";
    } else if (JavaTypes.isPrimitive(source) == JavaTypes.isPrimitive(target)
        || source.equals(JavaTypes.DECIMAL) || target.equals(JavaTypes.DECIMAL)) {
      code = JavaTypes.convert(v, source, target);
    } else {
      throw ExpressionTranslator.unsupported("CAST from " + name(operand.type()) + " to "
          + name(type));
    }
    return translator.strict(type, List.of(operand), codeType, code, nullable);
  }

  /** CHAR(n) pads or truncates to n characters, VARCHAR(n) truncates, as Flink casts. */
  private static String withLength(String text, RelDataType from, RelDataType to) {
    int length = to.getPrecision();
    if (length <= 0 || length == Integer.MAX_VALUE || (from.getSqlTypeName() == to
        .getSqlTypeName() && from.getPrecision() <= length && to.getSqlTypeName()
        == SqlTypeName.VARCHAR) || (from.getSqlTypeName() == SqlTypeName.CHAR
        && from.getPrecision() == length)) {
      return text;
    }
    String method = to.getSqlTypeName() == SqlTypeName.CHAR ? ".toChar(" : ".toVarchar(";
    return CASTS + method + text + ", " + length + ")";
  }

  private static String name(RelDataType type) {
    return type.getFullTypeString().replace(" NOT NULL", "");
  }

  private static boolean isNumeric(SqlTypeName name) {
    return SqlTypeName.NUMERIC_TYPES.contains(name);
  }

  private static boolean isTemporal(SqlTypeName name) {
    return SqlTypeName.DATETIME_TYPES.contains(name);
  }

  private static boolean isTimestamp(SqlTypeName name) {
    return name == SqlTypeName.TIMESTAMP || name == SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE;
  }

  private static String toText(Expr operand) {
    String v = operand.value();
    return switch (operand.type().getSqlTypeName()) {
      case CHAR, VARCHAR -> v;
      case BOOLEAN -> CASTS + ".fromBoolean(" + v + ")";
      case TINYINT, SMALLINT, INTEGER, BIGINT -> "String.valueOf(" + v + ")";
      case FLOAT, REAL -> CASTS + ".fromFloat(" + v + ")";
      case DOUBLE -> CASTS + ".fromDouble(" + v + ")";
      case DECIMAL -> CASTS + ".fromDecimal(" + v + ")";
      case DATE -> CASTS + ".fromDate(" + v + ")";
      case TIME -> CASTS + ".fromTime(" + v + ")";
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> CASTS + ".fromTimestamp(" + v + ", "
          + operand.type().getPrecision() + ")";
      case BINARY, VARBINARY -> "new String(" + v + ", java.nio.charset.StandardCharsets.UTF_8)";
      default -> "String.valueOf(" + v + ")";
    };
  }

  private static String fromText(String v, RelDataType type) {
    String name = Literals.quote(name(type));
    return switch (type.getSqlTypeName()) {
      case TINYINT -> "((byte) " + CASTS + ".toLong(" + v + ", " + name + ", -128L, 127L))";
      case SMALLINT -> "((short) " + CASTS + ".toLong(" + v + ", " + name
          + ", -32768L, 32767L))";
      case INTEGER -> "((int) " + CASTS + ".toLong(" + v + ", " + name
          + ", -2147483648L, 2147483647L))";
      case BIGINT -> CASTS + ".toLong(" + v + ", " + name
          + ", Long.MIN_VALUE, Long.MAX_VALUE)";
      case FLOAT, REAL -> "((float) " + CASTS + ".toDouble(" + v + ", " + name + "))";
      case DOUBLE -> CASTS + ".toDouble(" + v + ", " + name + ")";
      case BOOLEAN -> CASTS + ".toBoolean(" + v + ")";
      case DATE -> CASTS + ".parseDate(" + v + ")";
      case TIME -> CASTS + ".parseTime(" + v + ")";
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> CASTS + ".parseTimestamp(" + v + ")";
      case BINARY, VARBINARY -> v + ".getBytes(java.nio.charset.StandardCharsets.UTF_8)";
      default -> throw ExpressionTranslator.unsupported("CAST from a string to "
          + type.getFullTypeString());
    };
  }
}

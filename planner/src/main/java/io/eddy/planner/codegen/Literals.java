package io.eddy.planner.codegen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.sql.type.SqlTypeFamily;

/** Java code for SQL literals in the encodings rows use (days, milliseconds, months). */
final class Literals {

  private Literals() {
  }

  static Expr translate(RexLiteral literal, ClassBody body) {
    RelDataType type = literal.getType();
    String javaType = JavaTypes.of(type);
    if (literal.isNull()) {
      return new Expr(JavaTypes.defaultValue(javaType), "true", type, javaType);
    }
    String value = switch (type.getSqlTypeName()) {
      case BOOLEAN -> String.valueOf(literal.getValueAs(Boolean.class));
      case TINYINT, SMALLINT, INTEGER -> "((" + javaType + ") "
          + literal.getValueAs(Long.class) + ")";
      case BIGINT -> literal.getValueAs(Long.class) + "L";
      case FLOAT, REAL -> floating(literal.getValueAs(Double.class), "float");
      case DOUBLE -> floating(literal.getValueAs(Double.class), "double");
      case DECIMAL -> body.reference(literal.getValueAs(BigDecimal.class)
          .setScale(Math.max(0, type.getScale()), RoundingMode.HALF_UP), JavaTypes.DECIMAL);
      case CHAR, VARCHAR -> quote(literal.getValueAs(String.class));
      case BINARY, VARBINARY -> body.reference(literal.getValueAs(ByteString.class).getBytes(),
          "byte[]");
      case DATE, TIME -> String.valueOf(literal.getValueAs(Integer.class));
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> literal.getValueAs(Long.class) + "L";
      case SYMBOL -> body.reference(literal.getValue(), "Object");
      default -> {
        SqlTypeFamily family = type.getSqlTypeName().getFamily();
        if (family == SqlTypeFamily.INTERVAL_DAY_TIME
            || family == SqlTypeFamily.INTERVAL_YEAR_MONTH) {
          yield literal.getValueAs(Long.class) + "L";
        }
        throw ExpressionTranslator.unsupported("Literal " + literal + " of type "
            + type.getFullTypeString());
      }
    };
    return new Expr(value, "false", type, javaType);
  }

  private static String floating(double value, String javaType) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "((" + javaType + ") Double.longBitsToDouble(0x"
          + Long.toHexString(Double.doubleToRawLongBits(value)) + "L))";
    }
    return javaType.equals("float") ? value + "f" : value + "d";
  }

  /** A Java string literal. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}

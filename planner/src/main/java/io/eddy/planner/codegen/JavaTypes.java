package io.eddy.planner.codegen;

import io.eddy.planner.PlannerException;
import io.eddy.runtime.data.FieldKind;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeFamily;

/** The Java types generated code holds SQL values in, and how it reads and writes row fields. */
final class JavaTypes {

  static final String DECIMAL = "java.math.BigDecimal";
  static final String ROW = "io.eddy.runtime.data.Row";

  private JavaTypes() {
  }

  /** The Java type of values of a SQL type: primitives for fixed-width types. */
  static String of(RelDataType type) {
    return switch (type.getSqlTypeName()) {
      case BOOLEAN -> "boolean";
      case TINYINT -> "byte";
      case SMALLINT -> "short";
      case INTEGER, DATE, TIME -> "int";
      case BIGINT, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> "long";
      case FLOAT, REAL -> "float";
      case DOUBLE -> "double";
      case DECIMAL -> DECIMAL;
      case CHAR, VARCHAR -> "String";
      case BINARY, VARBINARY -> "byte[]";
      case ROW -> ROW;
      case ARRAY, MULTISET -> "java.util.List";
      case MAP -> "java.util.Map";
      case NULL, SYMBOL, ANY -> "Object";
      default -> {
        if (type.getSqlTypeName().getFamily() == SqlTypeFamily.INTERVAL_YEAR_MONTH
            || type.getSqlTypeName().getFamily() == SqlTypeFamily.INTERVAL_DAY_TIME) {
          yield "long";
        }
        throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
            "Expressions of type " + type.getFullTypeString() + " are not supported yet");
      }
    };
  }

  static boolean isPrimitive(String javaType) {
    return switch (javaType) {
      case "boolean", "byte", "short", "int", "long", "float", "double" -> true;
      default -> false;
    };
  }

  static boolean isNumericPrimitive(String javaType) {
    return isPrimitive(javaType) && !javaType.equals("boolean");
  }

  static boolean isFloating(String javaType) {
    return javaType.equals("float") || javaType.equals("double");
  }

  /** The value a variable holds while its expression is null. */
  static String defaultValue(String javaType) {
    return switch (javaType) {
      case "boolean" -> "false";
      case "byte", "short", "int", "long" -> "0";
      case "float" -> "0f";
      case "double" -> "0d";
      default -> "null";
    };
  }

  /** Java code reading field {@code index} of {@code row} as {@code javaType}. */
  static String read(String row, int index, String javaType) {
    return switch (javaType) {
      case "boolean" -> row + ".getBoolean(" + index + ")";
      case "byte" -> row + ".getByte(" + index + ")";
      case "short" -> row + ".getShort(" + index + ")";
      case "int" -> row + ".getInt(" + index + ")";
      case "long" -> row + ".getLong(" + index + ")";
      case "float" -> row + ".getFloat(" + index + ")";
      case "double" -> row + ".getDouble(" + index + ")";
      case "Object" -> row + ".getObject(" + index + ")";
      default -> "((" + javaType + ") " + row + ".getObject(" + index + "))";
    };
  }

  /** Java statement writing a non-null value into field {@code index} of {@code row}. */
  static String write(String row, int index, FieldKind kind, String value) {
    return switch (kind) {
      case BOOLEAN -> row + ".setBoolean(" + index + ", " + value + ");";
      case FLOAT -> row + ".setFloat(" + index + ", " + value + ");";
      case DOUBLE -> row + ".setDouble(" + index + ", " + value + ");";
      case TIMESTAMP, TIMESTAMP_LTZ -> row + ".setTimestamp(" + index + ", " + value + ");";
      case TINYINT, SMALLINT, INT, BIGINT, DATE, TIME ->
          row + ".setLong(" + index + ", " + value + ");";
      default -> row + ".setObject(" + index + ", " + value + ");";
    };
  }

  /** The Java type the runtime keeps a field kind in. */
  static String of(FieldKind kind) {
    return switch (kind) {
      case BOOLEAN -> "boolean";
      case TINYINT, SMALLINT, INT, BIGINT, DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ -> "long";
      case FLOAT -> "float";
      case DOUBLE -> "double";
      default -> "Object";
    };
  }

  /** A Java expression converting a non-null value between Java types. */
  static String convert(String value, String from, String to) {
    if (from.equals(to) || to.equals("Object")) {
      return value;
    }
    if (isNumericPrimitive(from) && isNumericPrimitive(to)) {
      return "((" + to + ") " + value + ")";
    }
    if (isNumericPrimitive(from) && to.equals(DECIMAL)) {
      return isFloating(from) ? DECIMAL + ".valueOf((double) " + value + ")"
          : DECIMAL + ".valueOf((long) " + value + ")";
    }
    if (from.equals(DECIMAL) && isNumericPrimitive(to)) {
      return isFloating(to) ? "((" + to + ") " + value + ".doubleValue())"
          : "((" + to + ") " + value + ".longValue())";
    }
    if (from.equals("Object")) {
      return unbox(value, to);
    }
    throw PlannerException.of(PlannerException.Category.UNSUPPORTED,
        "Converting " + from + " to " + to + " in generated code is not supported yet");
  }

  /** A boxed value (from an array, map or unknown slot) as {@code to}. */
  static String unbox(String value, String to) {
    return switch (to) {
      case "boolean" -> "((Boolean) " + value + ").booleanValue()";
      case "byte", "short", "int", "long" -> "((" + to + ") ((Number) " + value + ").longValue())";
      case "float", "double" -> "((" + to + ") ((Number) " + value + ").doubleValue())";
      default -> "((" + to + ") " + value + ")";
    };
  }
}

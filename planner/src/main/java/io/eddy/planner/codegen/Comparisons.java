package io.eddy.planner.codegen;

import java.util.List;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.sql.SqlKind;

/**
 * Comparisons of numbers (in the wider of both types), strings, booleans, date-times and
 * decimals, and IS [NOT] DISTINCT FROM, which treats two nulls as equal.
 */
final class Comparisons {

  private final ExpressionTranslator translator;
  private final ClassBody body;

  Comparisons(ExpressionTranslator translator, ClassBody body) {
    this.translator = translator;
    this.body = body;
  }

  Expr compare(RexCall call) {
    Expr left = translator.translate(call.getOperands().get(0));
    Expr right = translator.translate(call.getOperands().get(1));
    if (left.javaType().equals("String") && !right.javaType().equals("String")) {
      left = translator.casts().cast(left, right.type());
    } else if (right.javaType().equals("String") && !left.javaType().equals("String")) {
      right = translator.casts().cast(right, left.type());
    }
    String comparison = comparison(left, right);
    SqlKind kind = call.getKind();
    if (kind == SqlKind.IS_DISTINCT_FROM || kind == SqlKind.IS_NOT_DISTINCT_FROM) {
      String equal = "(" + left.isNull() + " && " + right.isNull() + ") || (!" + left.isNull()
          + " && !" + right.isNull() + " && " + comparison + " == 0)";
      String value = body.local("boolean", "v", kind == SqlKind.IS_DISTINCT_FROM
          ? "!(" + equal + ")" : equal);
      return new Expr(value, "false", call.getType(), "boolean");
    }
    String operator = switch (kind) {
      case EQUALS -> "==";
      case NOT_EQUALS -> "!=";
      case LESS_THAN -> "<";
      case LESS_THAN_OR_EQUAL -> "<=";
      case GREATER_THAN -> ">";
      default -> ">=";
    };
    return translator.strict(call.getType(), List.of(left, right), "boolean",
        comparison + " " + operator + " 0", false);
  }

  /** A Java int expression: negative, zero or positive as left is below, equal or above right. */
  private static String comparison(Expr left, Expr right) {
    String a = left.javaType();
    String b = right.javaType();
    if (a.equals("String") && b.equals("String")) {
      return left.value() + ".compareTo(" + right.value() + ")";
    }
    if (a.equals("boolean") && b.equals("boolean")) {
      return "Boolean.compare(" + left.value() + ", " + right.value() + ")";
    }
    if (a.equals(JavaTypes.DECIMAL) || b.equals(JavaTypes.DECIMAL)) {
      if (JavaTypes.isFloating(a) || JavaTypes.isFloating(b)) {
        return "Double.compare(" + JavaTypes.convert(left.value(), a, "double") + ", "
            + JavaTypes.convert(right.value(), b, "double") + ")";
      }
      return JavaTypes.convert(left.value(), a, JavaTypes.DECIMAL) + ".compareTo("
          + JavaTypes.convert(right.value(), b, JavaTypes.DECIMAL) + ")";
    }
    if (JavaTypes.isFloating(a) || JavaTypes.isFloating(b)) {
      return "Double.compare(" + JavaTypes.convert(left.value(), a, "double") + ", "
          + JavaTypes.convert(right.value(), b, "double") + ")";
    }
    if (JavaTypes.isNumericPrimitive(a) && JavaTypes.isNumericPrimitive(b)) {
      return "Long.compare(" + left.value() + ", " + right.value() + ")";
    }
    if (a.equals("byte[]") && b.equals("byte[]")) {
      return "java.util.Arrays.compareUnsigned(" + left.value() + ", " + right.value() + ")";
    }
    return "(java.util.Objects.equals(" + left.value() + ", " + right.value() + ") ? 0 : 1)";
  }
}

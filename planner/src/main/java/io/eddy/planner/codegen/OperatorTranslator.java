package io.eddy.planner.codegen;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Operators: arithmetic (numbers, decimals, date-times with intervals), comparisons, the
 * three-valued logic of AND/OR/NOT and the IS predicates, CASE, COALESCE, IF and LIKE (ITEM is
 * in {@link CollectionTranslator}).
 */
final class OperatorTranslator {

  private static final String MATH = "io.eddy.codegen.functions.MathFunctions";
  private static final String TEMPORAL = "io.eddy.codegen.functions.TemporalFunctions";
  private static final String PATTERNS = "io.eddy.codegen.functions.PatternFunctions";

  private final ExpressionTranslator translator;
  private final ClassBody body;
  private final Comparisons comparisons;

  OperatorTranslator(ExpressionTranslator translator, ClassBody body) {
    this.translator = translator;
    this.body = body;
    this.comparisons = new Comparisons(translator, body);
  }

  /** The call's translation, or null when it is not an operator of this family. */
  Expr translate(RexCall call) {
    return switch (call.getKind()) {
      case PLUS, MINUS, TIMES, DIVIDE, MOD -> arithmetic(call);
      case MINUS_PREFIX -> negate(call);
      case PLUS_PREFIX -> translator.translate(call.getOperands().get(0));
      case EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN,
          GREATER_THAN_OR_EQUAL, IS_DISTINCT_FROM, IS_NOT_DISTINCT_FROM ->
          comparisons.compare(call);
      case AND -> logic(call, true);
      case OR -> logic(call, false);
      case NOT -> not(call);
      case IS_NULL, IS_NOT_NULL, IS_TRUE, IS_NOT_TRUE, IS_FALSE, IS_NOT_FALSE -> is(call);
      case CASE -> caseWhen(call.getOperands(), call.getType());
      case COALESCE -> coalesce(call);
      case LIKE, SIMILAR -> like(call);
      default -> ExpressionTranslator.name(call).equals("IF")
          ? caseWhen(call.getOperands(), call.getType()) : null;
    };
  }

  private Expr arithmetic(RexCall call) {
    Expr left = translator.translate(call.getOperands().get(0));
    Expr right = translator.translate(call.getOperands().get(1));
    RelDataType type = call.getType();
    String javaType = JavaTypes.of(type);
    if (isDateTime(left.type()) || isDateTime(right.type())) {
      return dateTimeArithmetic(call, left, right);
    }
    List<Expr> arguments = List.of(left, right);
    if (javaType.equals(JavaTypes.DECIMAL)) {
      String method = switch (call.getKind()) {
        case PLUS -> "add";
        case MINUS -> "subtract";
        case TIMES -> "multiply";
        case DIVIDE -> "divide";
        default -> "mod";
      };
      return translator.strict(type, arguments, JavaTypes.DECIMAL, MATH + "." + method + "("
          + decimal(left) + ", " + decimal(right) + ", " + type.getPrecision() + ", "
          + type.getScale() + ")", true);
    }
    String operation = JavaTypes.isFloating(javaType) ? javaType : widened(javaType);
    String a = JavaTypes.convert(left.value(), left.javaType(), operation);
    String b = JavaTypes.convert(right.value(), right.javaType(), operation);
    String code = switch (call.getKind()) {
      case PLUS -> a + " + " + b;
      case MINUS -> a + " - " + b;
      case TIMES -> a + " * " + b;
      case DIVIDE -> JavaTypes.isFloating(operation) ? a + " / " + b
          : MATH + ".divide(" + a + ", " + b + ")";
      default -> JavaTypes.isFloating(operation) ? a + " % " + b
          : MATH + ".mod(" + a + ", " + b + ")";
    };
    return translator.strict(type, arguments, operation, "(" + code + ")", false);
  }

  private static String widened(String javaType) {
    return javaType.equals("long") ? "long" : "int";
  }

  private static String decimal(Expr expr) {
    return JavaTypes.convert(expr.value(), expr.javaType(), JavaTypes.DECIMAL);
  }

  private Expr negate(RexCall call) {
    Expr operand = translator.translate(call.getOperands().get(0));
    String code = operand.javaType().equals(JavaTypes.DECIMAL) ? operand.value() + ".negate()"
        : "(-" + operand.value() + ")";
    String callType = operand.javaType().equals(JavaTypes.DECIMAL)
        || JavaTypes.isFloating(operand.javaType()) ? operand.javaType()
        : widened(operand.javaType());
    return translator.strict(call.getType(), List.of(operand), callType, code, false);
  }

  static boolean isDateTime(RelDataType type) {
    return type.getSqlTypeName().getFamily() == SqlTypeFamily.DATE
        || type.getSqlTypeName().getFamily() == SqlTypeFamily.TIME
        || type.getSqlTypeName().getFamily() == SqlTypeFamily.TIMESTAMP
        || type.getSqlTypeName() == SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE;
  }

  static boolean isYearMonth(RelDataType type) {
    return type.getSqlTypeName().getFamily() == SqlTypeFamily.INTERVAL_YEAR_MONTH;
  }

  private Expr dateTimeArithmetic(RexCall call, Expr left, Expr right) {
    RelDataType type = call.getType();
    List<Expr> arguments = List.of(left, right);
    boolean subtract = call.getKind() == SqlKind.MINUS;
    if (isDateTime(left.type()) && isDateTime(right.type())) {
      String a = millis(left);
      String b = millis(right);
      String code = isYearMonth(type) ? TEMPORAL + ".monthsBetween(" + a + ", " + b + ")"
          : "(" + a + " - " + b + ")";
      return translator.strict(type, arguments, isYearMonth(type) ? "int" : "long", code, false);
    }
    Expr dateTime = isDateTime(left.type()) ? left : right;
    Expr interval = dateTime == left ? right : left;
    String amount = subtract ? "(-" + interval.value() + ")" : interval.value();
    String value = dateTime.value();
    String code;
    String callType = dateTime.javaType();
    SqlTypeName typeName = dateTime.type().getSqlTypeName();
    if (isYearMonth(interval.type())) {
      code = TEMPORAL + ".addMonths(" + value + ", (long) " + amount + ")";
    } else if (typeName == SqlTypeName.DATE) {
      code = "((int) (" + value + " + Math.floorDiv((long) " + amount + ", 86400000L)))";
    } else if (typeName == SqlTypeName.TIME) {
      code = "((int) Math.floorMod(" + value + " + (long) " + amount + ", 86400000L))";
    } else {
      code = "(" + value + " + " + amount + ")";
    }
    return translator.strict(type, arguments, callType, code, false);
  }

  /** A date-time as epoch milliseconds (dates at midnight). */
  private static String millis(Expr expr) {
    return expr.type().getSqlTypeName() == SqlTypeName.DATE
        ? "((long) " + expr.value() + " * 86400000L)" : "((long) " + expr.value() + ")";
  }

  /** AND ({@code and}) or OR over any number of operands, short-circuiting, three-valued. */
  private Expr logic(RexCall call, boolean and) {
    String value = body.local("boolean", "v", String.valueOf(and));
    String isNull = body.local("boolean", "n", "false");
    logicOperand(call.getOperands(), 0, and, value, isNull);
    return new Expr(value, isNull, call.getType(), "boolean");
  }

  private void logicOperand(List<RexNode> operands, int index, boolean and, String value,
      String isNull) {
    if (index == operands.size()) {
      return;
    }
    Expr operand = translator.translate(operands.get(index));
    String decisive = and ? "!" + operand.value() : operand.value();
    body.line("if (!" + operand.isNull() + " && " + decisive + ") {");
    body.line("  " + value + " = " + !and + ";");
    body.line("  " + isNull + " = false;");
    body.line("} else {");
    StringBuilder rest = new StringBuilder();
    body.nested(rest, () -> {
      body.line("if (" + operand.isNull() + ") " + isNull + " = true;");
      logicOperand(operands, index + 1, and, value, isNull);
      return null;
    });
    body.raw(rest);
    body.line("}");
  }

  private Expr not(RexCall call) {
    Expr operand = translator.translate(call.getOperands().get(0));
    String value = body.local("boolean", "v", "!" + operand.value());
    return new Expr(value, operand.isNull(), call.getType(), "boolean");
  }

  private Expr is(RexCall call) {
    Expr operand = translator.translate(call.getOperands().get(0));
    String n = operand.isNull();
    String v = operand.value();
    String code = switch (call.getKind()) {
      case IS_NULL -> n;
      case IS_NOT_NULL -> "!" + n;
      case IS_TRUE -> "!" + n + " && " + v;
      case IS_NOT_TRUE -> n + " || !" + v;
      case IS_FALSE -> "!" + n + " && !" + v;
      default -> n + " || " + v;
    };
    String value = body.local("boolean", "v", code);
    return new Expr(value, "false", call.getType(), "boolean");
  }

  /** CASE WHEN c1 THEN r1 ... ELSE e END (and IF(c, a, b)): only the chosen branch runs. */
  Expr caseWhen(List<RexNode> operands, RelDataType type) {
    String javaType = JavaTypes.of(type);
    String value = body.local(javaType, "v", JavaTypes.defaultValue(javaType));
    String isNull = body.local("boolean", "n", "true");
    caseBranch(operands, 0, value, isNull, javaType);
    return new Expr(value, isNull, type, javaType);
  }

  private void caseBranch(List<RexNode> operands, int index, String value, String isNull,
      String javaType) {
    if (index == operands.size() - 1) {
      assign(operands.get(index), value, isNull, javaType);
      return;
    }
    Expr condition = translator.translate(operands.get(index));
    body.line("if (!" + condition.isNull() + " && " + condition.value() + ") {");
    StringBuilder then = new StringBuilder();
    body.nested(then, () -> {
      assign(operands.get(index + 1), value, isNull, javaType);
      return null;
    });
    body.raw(then);
    body.line("} else {");
    StringBuilder otherwise = new StringBuilder();
    body.nested(otherwise, () -> {
      caseBranch(operands, index + 2, value, isNull, javaType);
      return null;
    });
    body.raw(otherwise);
    body.line("}");
  }

  private void assign(RexNode node, String value, String isNull, String javaType) {
    Expr result = translator.translate(node);
    body.line(isNull + " = " + result.isNull() + ";");
    if (!result.isNull().equals("true")) {
      body.line("if (!" + isNull + ") " + value + " = "
          + JavaTypes.convert(result.value(), result.javaType(), javaType) + ";");
    }
  }

  private Expr coalesce(RexCall call) {
    String javaType = JavaTypes.of(call.getType());
    String value = body.local(javaType, "v", JavaTypes.defaultValue(javaType));
    String isNull = body.local("boolean", "n", "true");
    coalesceOperand(call.getOperands(), 0, value, isNull, javaType);
    return new Expr(value, isNull, call.getType(), javaType);
  }

  private void coalesceOperand(List<RexNode> operands, int index, String value, String isNull,
      String javaType) {
    if (index == operands.size()) {
      return;
    }
    assign(operands.get(index), value, isNull, javaType);
    body.line("if (" + isNull + ") {");
    StringBuilder rest = new StringBuilder();
    body.nested(rest, () -> {
      coalesceOperand(operands, index + 1, value, isNull, javaType);
      return null;
    });
    body.raw(rest);
    body.line("}");
  }

  private Expr like(RexCall call) {
    List<RexNode> operands = call.getOperands();
    boolean similar = call.getKind() == SqlKind.SIMILAR;
    Expr value = translator.translate(operands.get(0));
    boolean constant = operands.subList(1, operands.size()).stream()
        .allMatch(operand -> operand instanceof RexLiteral);
    Expr result;
    if (constant) {
      String pattern = ((RexLiteral) operands.get(1)).getValueAs(String.class);
      String escape = operands.size() > 2
          ? ((RexLiteral) operands.get(2)).getValueAs(String.class) : null;
      if (pattern == null) {
        return new Expr("false", "true", call.getType(), "boolean");
      }
      java.util.regex.Pattern compiled = similar
          ? io.eddy.codegen.functions.PatternFunctions.similarPattern(pattern, escape)
          : io.eddy.codegen.functions.PatternFunctions.likePattern(pattern, escape);
      String field = body.reference(compiled, "java.util.regex.Pattern");
      result = translator.strict(call.getType(), List.of(value), "boolean",
          field + ".matcher(" + value.value() + ").matches()", false);
    } else {
      List<Expr> arguments = translator.operands(call);
      String escape = arguments.size() > 2 ? arguments.get(2).value() : "null";
      result = translator.strict(call.getType(), arguments, "boolean", PATTERNS + "."
          + (similar ? "similar(" : "like(") + arguments.get(0).value() + ", "
          + arguments.get(1).value() + ", " + escape + ")", false);
    }
    boolean negated = call.getOperator().getName().toUpperCase().startsWith("NOT");
    if (negated) {
      String flipped = body.local("boolean", "v", "!" + result.value());
      return new Expr(flipped, result.isNull(), call.getType(), "boolean");
    }
    return result;
  }
}

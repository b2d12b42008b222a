package io.eddy.planner.physical;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDigestIncludeType;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlSyntax;

/**
 * Prints row expressions for plans with field names instead of Calcite's {@code $0}:
 * {@code >(price, 10)} becomes {@code price > 10}.
 */
public final class ExpressionPrinter {

  private ExpressionPrinter() {
  }

  /** The expression over a row whose fields are named {@code fieldNames}. */
  public static String print(RexNode expression, List<String> fieldNames) {
    if (expression instanceof RexInputRef reference) {
      int index = reference.getIndex();
      return index < fieldNames.size() ? fieldNames.get(index) : "$" + index;
    }
    if (expression instanceof RexLiteral literal) {
      return literal.computeDigest(RexDigestIncludeType.NO_TYPE);
    }
    if (expression instanceof RexFieldAccess access) {
      return print(access.getReferenceExpr(), fieldNames) + "." + access.getField().getName();
    }
    if (expression instanceof RexCall call) {
      return call(call, fieldNames);
    }
    return expression.toString();
  }

  /** Expressions separated by commas, each followed by {@code AS name} when it is not a plain field. */
  public static String printProjection(List<RexNode> projects, List<String> inputNames,
      List<String> outputNames) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < projects.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      String value = print(projects.get(i), inputNames);
      text.append(value);
      if (!value.equals(outputNames.get(i))) {
        text.append(" AS ").append(outputNames.get(i));
      }
    }
    return text.toString();
  }

  private static String call(RexCall call, List<String> fieldNames) {
    List<String> operands = call.getOperands().stream().map(operand -> print(operand, fieldNames))
        .toList();
    SqlSyntax syntax = call.getOperator().getSyntax();
    String name = call.getOperator().getName();
    if (call.getKind() == SqlKind.CAST) {
      return "CAST(" + operands.get(0) + " AS " + call.getType().getFullTypeString()
          .replace(" NOT NULL", "") + ")";
    }
    boolean symbol = !name.isEmpty() && !Character.isLetter(name.charAt(0));
    if ((syntax == SqlSyntax.BINARY || symbol) && operands.size() == 2) {
      return operands.get(0) + " " + name + " " + operands.get(1);
    }
    if (syntax == SqlSyntax.POSTFIX && operands.size() == 1) {
      return operands.get(0) + " " + name;
    }
    if (syntax == SqlSyntax.PREFIX && operands.size() == 1) {
      return name + " " + operands.get(0);
    }
    if (call.getKind() == SqlKind.AND || call.getKind() == SqlKind.OR) {
      return operands.stream().map(operand -> "(" + operand + ")")
          .collect(Collectors.joining(" " + name + " "));
    }
    return name + "(" + String.join(", ", operands) + ")";
  }
}

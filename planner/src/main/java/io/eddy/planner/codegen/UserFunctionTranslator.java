package io.eddy.planner.codegen;

import io.eddy.planner.function.EvalMethod;
import io.eddy.planner.function.FunctionValueType;
import io.eddy.planner.function.UserScalarFunction;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;

/**
 * Calls of user-defined scalar functions: a direct call of the chosen {@code eval} on a field
 * holding the generated instance's own function instance, with the engine's values converted
 * to the parameters' Java types and the result back. A null argument for a primitive parameter
 * makes the result null without a call; boxed and object parameters receive the null. The
 * arguments of a varargs parameter are passed as a new array.
 */
final class UserFunctionTranslator {

  private static final String RUNTIME = "io.eddy.planner.function.FunctionRuntime";

  private final ExpressionTranslator translator;
  private final ClassBody body;

  UserFunctionTranslator(ExpressionTranslator translator, ClassBody body) {
    this.translator = translator;
    this.body = body;
  }

  Expr translate(RexCall call, UserScalarFunction function) {
    EvalMethod eval = function.eval(call.getOperands().stream().map(RexNode::getType).toList());
    List<Expr> arguments = translator.operands(call);
    String instance = body.userFunction(function.definition().sourceName());
    StringBuilder anyNull = new StringBuilder();
    List<String> passed = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      Expr argument = arguments.get(i);
      boolean primitive = eval.primitiveParameter(i);
      if (primitive && !argument.neverNull()) {
        anyNull.append(anyNull.length() == 0 ? "" : " || ").append(argument.isNull());
      }
      passed.add(parameter(argument, eval.argumentType(i), eval.argumentClass(i), primitive));
    }
    String parameters = String.join(", ", passed.subList(0, eval.fixedParameters()));
    if (eval.varArgs()) {
      List<String> rest = passed.subList(eval.fixedParameters(), passed.size());
      String array = "new " + eval.argumentClass(eval.fixedParameters()).getCanonicalName()
          + (rest.isEmpty() ? "[0]" : "[] {" + String.join(", ", rest) + "}");
      parameters = parameters.isEmpty() ? array : parameters + ", " + array;
    }
    String javaType = JavaTypes.of(call.getType());
    String isNull = body.local("boolean", "n", anyNull.length() == 0 ? "false"
        : anyNull.toString());
    String value = body.local(javaType, "v", JavaTypes.defaultValue(javaType));
    String invocation = instance + ".eval(" + parameters + ")";
    Class<?> returned = eval.method().getReturnType();
    body.line("if (!" + isNull + ") {");
    if (eval.throwsChecked()) {
      body.line("  try {");
    }
    String raw = body.name("r");
    body.line("  " + returned.getCanonicalName() + " " + raw + " = " + invocation + ";");
    String internal = internalType(eval.result());
    String converted = raw;
    if (!returned.isPrimitive()) {
      if (eval.result() == FunctionValueType.DECIMAL) {
        body.line("  " + raw + " = " + raw + " == null ? null : " + RUNTIME + ".toDecimal(" + raw
            + ");");
      }
      body.line("  " + isNull + " = " + raw + " == null;");
      converted = fromObject(raw, eval.result(), internal);
    }
    body.line("  if (!" + isNull + ") " + value + " = "
        + JavaTypes.convert(converted, internal, javaType) + ";");
    if (eval.throwsChecked()) {
      body.line("  } catch (Exception e) {");
      body.line("    throw " + RUNTIME + ".failure(\"" + function.getName() + "\", e);");
      body.line("  }");
    }
    body.line("}");
    return new Expr(value, isNull, call.getType(), javaType);
  }

  /** The Java type generated code holds values of {@code type} in. */
  private static String internalType(FunctionValueType type) {
    return switch (type) {
      case BOOLEAN -> "boolean";
      case TINYINT -> "byte";
      case SMALLINT -> "short";
      case INT, DATE -> "int";
      case BIGINT, TIMESTAMP, TIMESTAMP_LTZ -> "long";
      case FLOAT -> "float";
      case DOUBLE -> "double";
      case DECIMAL -> JavaTypes.DECIMAL;
      case STRING -> "String";
      case BYTES -> "byte[]";
    };
  }

  private static String parameter(Expr argument, FunctionValueType type, Class<?> javaClass,
      boolean primitive) {
    String internal = internalType(type);
    String value = JavaTypes.convert(argument.value(), argument.javaType(), internal);
    String external = switch (type) {
      case DATE -> "java.time.LocalDate.ofEpochDay((long) " + value + ")";
      case TIMESTAMP -> RUNTIME + ".toLocalDateTime(" + value + ")";
      case TIMESTAMP_LTZ -> "java.time.Instant.ofEpochMilli(" + value + ")";
      default -> primitive || !JavaTypes.isPrimitive(internal) ? value
          : javaClass.getCanonicalName() + ".valueOf(" + value + ")";
    };
    if (primitive || argument.neverNull()) {
      return external;
    }
    return "(" + argument.isNull() + " ? (" + javaClass.getCanonicalName() + ") null : "
        + external + ")";
  }

  private static String fromObject(String raw, FunctionValueType type, String internal) {
    return switch (type) {
      case DATE -> "((int) " + raw + ".toEpochDay())";
      case TIMESTAMP -> RUNTIME + ".fromLocalDateTime(" + raw + ")";
      case TIMESTAMP_LTZ -> raw + ".toEpochMilli()";
      default -> JavaTypes.isPrimitive(internal) ? JavaTypes.unbox(raw, internal) : raw;
    };
  }
}

package io.eddy.planner.codegen;

import io.eddy.planner.types.EddyTypeFactory;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlJsonEmptyOrError;
import org.apache.calcite.sql.SqlJsonExistsErrorBehavior;
import org.apache.calcite.sql.SqlJsonQueryEmptyOrErrorBehavior;
import org.apache.calcite.sql.SqlJsonQueryWrapperBehavior;
import org.apache.calcite.sql.SqlJsonValueEmptyOrErrorBehavior;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * JSON_VALUE (with RETURNING and NULL / DEFAULT / ERROR ON EMPTY and ON ERROR), JSON_QUERY (with
 * its array wrappers and behaviours), JSON_EXISTS (with ON ERROR) and IS [NOT] JSON.
 */
final class JsonTranslator {

  private static final String J = "io.eddy.codegen.functions.JsonFunctions";
  private static final RelDataType TEXT = new EddyTypeFactory().createSqlType(SqlTypeName.VARCHAR);

  private final ExpressionTranslator translator;
  private final ClassBody body;

  JsonTranslator(ExpressionTranslator translator, ClassBody body) {
    this.translator = translator;
    this.body = body;
  }

  /** A behaviour: what to do when the path selects nothing or something invalid. */
  private record Behaviour(Object kind, RexNode defaultValue) {
  }

  Expr value(RexCall call) {
    List<RexNode> operands = call.getOperands();
    Behaviour onEmpty = new Behaviour(SqlJsonValueEmptyOrErrorBehavior.NULL, null);
    Behaviour onError = onEmpty;
    int i = 2;
    while (i < operands.size()) {
      Object kind = flag(operands.get(i++));
      RexNode defaultValue = kind == SqlJsonValueEmptyOrErrorBehavior.DEFAULT
          ? operands.get(i++) : null;
      Object target = flag(operands.get(i++));
      Behaviour behaviour = new Behaviour(kind, defaultValue);
      if (target == SqlJsonEmptyOrError.EMPTY) {
        onEmpty = behaviour;
      } else {
        onError = behaviour;
      }
    }
    return lookup(call, "lookup(", "", onEmpty, onError, "JSON_VALUE");
  }

  Expr query(RexCall call) {
    List<RexNode> operands = call.getOperands();
    Object wrapper = operands.size() > 2 ? flag(operands.get(2))
        : SqlJsonQueryWrapperBehavior.WITHOUT_ARRAY;
    Behaviour onEmpty = new Behaviour(operands.size() > 3 ? flag(operands.get(3))
        : SqlJsonQueryEmptyOrErrorBehavior.NULL, null);
    Behaviour onError = new Behaviour(operands.size() > 4 ? flag(operands.get(4))
        : SqlJsonQueryEmptyOrErrorBehavior.NULL, null);
    return lookup(call, "queryText(", ", \"" + ((Enum<?>) wrapper).name() + "\"", onEmpty,
        onError, "JSON_QUERY");
  }

  private Expr lookup(RexCall call, String method, String extraArgument, Behaviour onEmpty,
      Behaviour onError, String function) {
    Expr json = translator.translate(call.getOperands().get(0));
    Expr path = translator.translate(call.getOperands().get(1));
    RelDataType type = call.getType();
    String javaType = JavaTypes.of(type);
    String value = body.local(javaType, "v", JavaTypes.defaultValue(javaType));
    String isNull = body.local("boolean", "n", "true");
    body.line("if (!(" + json.isNull() + " || " + path.isNull() + ")) {");
    StringBuilder inner = new StringBuilder();
    body.nested(inner, () -> {
      String raw = body.local("String", "r", J + "." + method + json.value() + ", "
          + path.value() + extraArgument + ")");
      body.line("if (" + J + ".isMissing(" + raw + ")) {");
      nested(() -> behave(onEmpty, value, isNull, javaType, function, path, true));
      body.line("} else if (" + J + ".isInvalid(" + raw + ")) {");
      nested(() -> behave(onError, value, isNull, javaType, function, path, false));
      body.line("} else if (" + raw + " != null) {");
      nested(() -> {
        body.line("try {");
        nested(() -> {
          Expr cast = translator.casts().cast(new Expr(raw, "false", TEXT, "String"), type);
          body.line(isNull + " = " + cast.isNull() + ";");
          body.line(value + " = " + cast.value() + ";");
        });
        body.line("} catch (RuntimeException e) {");
        nested(() -> behave(onError, value, isNull, javaType, function, path, false));
        body.line("}");
      });
      body.line("}");
      return null;
    });
    body.raw(inner);
    body.line("}");
    return new Expr(value, isNull, type, javaType);
  }

  private void nested(Runnable code) {
    StringBuilder inner = new StringBuilder();
    body.nested(inner, () -> {
      code.run();
      return null;
    });
    body.raw(inner);
  }

  private void behave(Behaviour behaviour, String value, String isNull, String javaType,
      String function, Expr path, boolean empty) {
    String kind = ((Enum<?>) behaviour.kind()).name();
    switch (kind) {
      case "ERROR" -> body.line("throw " + J + ".error(\"" + function + "\", " + path.value()
          + ", " + empty + ");");
      case "DEFAULT" -> {
        Expr fallback = translator.translate(behaviour.defaultValue());
        body.line(isNull + " = " + fallback.isNull() + ";");
        body.line("if (!" + isNull + ") " + value + " = " + JavaTypes.convert(fallback.value(),
            fallback.javaType(), javaType) + ";");
      }
      case "EMPTY_ARRAY" -> {
        body.line(isNull + " = false;");
        body.line(value + " = \"[]\";");
      }
      case "EMPTY_OBJECT" -> {
        body.line(isNull + " = false;");
        body.line(value + " = \"{}\";");
      }
      default -> body.line(isNull + " = true;");
    }
  }

  Expr exists(RexCall call) {
    Expr json = translator.translate(call.getOperands().get(0));
    Expr path = translator.translate(call.getOperands().get(1));
    Object onError = call.getOperands().size() > 2 ? flag(call.getOperands().get(2))
        : SqlJsonExistsErrorBehavior.FALSE;
    String value = body.local("boolean", "v", "false");
    String isNull = body.local("boolean", "n", json.isNull() + " || " + path.isNull());
    String found = body.name("r");
    body.line("if (!" + isNull + ") {");
    body.line("  int " + found + " = " + J + ".existence(" + json.value() + ", " + path.value()
        + ");");
    body.line("  if (" + found + " < 0) {");
    String errorCode = switch ((SqlJsonExistsErrorBehavior) onError) {
      case TRUE -> value + " = true;";
      case FALSE -> value + " = false;";
      case UNKNOWN -> isNull + " = true;";
      case ERROR -> "throw " + J + ".error(\"JSON_EXISTS\", " + path.value() + ", false);";
    };
    body.line("    " + errorCode);
    body.line("  } else {");
    body.line("    " + value + " = " + found + " == 1;");
    body.line("  }");
    body.line("}");
    return new Expr(value, isNull, call.getType(), "boolean");
  }

  Expr isJson(RexCall call) {
    Expr json = translator.translate(call.getOperands().get(0));
    String name = ExpressionTranslator.name(call);
    boolean negated = name.startsWith("IS NOT");
    String shape = name.substring(name.lastIndexOf(' ') + 1);
    String code = (negated ? "!" : "") + J + ".isJson(" + json.value() + ", \"" + shape + "\")";
    return translator.strict(call.getType(), List.of(json), "boolean", code, false);
  }

  private static Object flag(RexNode node) {
    return ((RexLiteral) node).getValue();
  }
}

package io.eddy.planner.codegen;

import io.eddy.planner.PlannerException;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;

/**
 * Translates Calcite row expressions into Java statements of a generated method: each
 * sub-expression becomes a local value and a boolean null flag (no boxing of primitives), with
 * SQL's three-valued logic. Calls are handed to the translators of their family.
 */
final class ExpressionTranslator {

  private final ClassBody body;
  private final InputRows inputs;
  private final OperatorTranslator operators;
  private final FunctionTranslator functions;
  private final CastTranslator casts;
  private final CollectionTranslator collections;

  ExpressionTranslator(ClassBody body, InputRows inputs) {
    this.body = body;
    this.inputs = inputs;
    this.operators = new OperatorTranslator(this, body);
    this.functions = new FunctionTranslator(this, body);
    this.casts = new CastTranslator(this, body);
    this.collections = new CollectionTranslator(this, body);
  }

  ClassBody body() {
    return body;
  }

  CastTranslator casts() {
    return casts;
  }

  /** Appends the statements computing {@code node} and returns its value and null flag. */
  Expr translate(RexNode node) {
    if (node instanceof RexInputRef ref) {
      return inputRef(ref);
    }
    if (node instanceof RexLiteral literal) {
      return Literals.translate(literal, body);
    }
    if (node instanceof RexFieldAccess access) {
      return fieldAccess(access);
    }
    if (node instanceof RexCall call) {
      return call(call);
    }
    throw unsupported("Expression " + node);
  }

  private Expr inputRef(RexInputRef ref) {
    String javaType = JavaTypes.of(ref.getType());
    String row = inputs.row(ref.getIndex());
    int field = inputs.field(ref.getIndex());
    if (!ref.getType().isNullable()) {
      String value = body.local(javaType, "v", JavaTypes.read(row, field, javaType));
      return new Expr(value, "false", ref.getType(), javaType);
    }
    String isNull = body.local("boolean", "n", row + ".isNullAt(" + field + ")");
    String value = body.local(javaType, "v", JavaTypes.read(row, field, javaType));
    return new Expr(value, isNull, ref.getType(), javaType);
  }

  private Expr fieldAccess(RexFieldAccess access) {
    Expr row = translate(access.getReferenceExpr());
    int field = access.getField().getIndex();
    RelDataType type = access.getType();
    String javaType = JavaTypes.of(type);
    String isNull = body.local("boolean", "n", row.isNull() + " || " + row.value()
        + ".isNullAt(" + field + ")");
    String value = body.local(javaType, "v", isNull + " ? " + JavaTypes.defaultValue(javaType)
        + " : " + JavaTypes.read(row.value(), field, javaType));
    return new Expr(value, isNull, type, javaType);
  }

  private Expr call(RexCall call) {
    SqlKind kind = call.getKind();
    return switch (kind) {
      case CAST, SAFE_CAST -> casts.cast(call);
      case REINTERPRET -> reinterpret(call);
      default -> {
        Expr result = collections.translate(call);
        if (result != null) {
          yield result;
        }
        result = operators.translate(call);
        yield result != null ? result : functions.translate(call);
      }
    };
  }

  private Expr reinterpret(RexCall call) {
    Expr operand = translate(call.getOperands().get(0));
    String javaType = JavaTypes.of(call.getType());
    String value = body.local(javaType, "v", JavaTypes.convert(operand.value(),
        operand.javaType(), javaType));
    return new Expr(value, operand.isNull(), call.getType(), javaType);
  }

  /** Translates every operand of a call. */
  List<Expr> operands(RexCall call) {
    return call.getOperands().stream().map(this::translate).toList();
  }

  /**
   * A strict call: null when any argument is null, else {@code javaCall} (a Java expression over
   * the arguments' values, of Java type {@code callType}) converted to the call's type. When
   * {@code nullableResult}, a null (or the sentinel of {@code callType}) from the helper is SQL
   * null too.
   */
  Expr strict(RelDataType type, List<Expr> arguments, String callType, String javaCall,
      boolean nullableResult) {
    String javaType = JavaTypes.of(type);
    StringBuilder anyNull = new StringBuilder();
    for (Expr argument : arguments) {
      if (!argument.neverNull()) {
        anyNull.append(anyNull.length() == 0 ? "" : " || ").append(argument.isNull());
      }
    }
    String isNull = body.local("boolean", "n", anyNull.length() == 0 ? "false" : anyNull
        .toString());
    String value = body.local(javaType, "v", JavaTypes.defaultValue(javaType));
    body.line("if (!" + isNull + ") {");
    if (nullableResult) {
      String raw = body.name("r");
      body.line("  " + callType + " " + raw + " = " + javaCall + ";");
      body.line("  " + isNull + " = " + nullTest(raw, callType) + ";");
      body.line("  if (!" + isNull + ") {");
      body.line("    " + value + " = " + JavaTypes.convert(raw, callType, javaType) + ";");
      body.line("  }");
    } else {
      body.line("  " + value + " = " + JavaTypes.convert(javaCall, callType, javaType) + ";");
    }
    body.line("}");
    return new Expr(value, isNull, type, javaType);
  }

  private static String nullTest(String value, String javaType) {
    return switch (javaType) {
      case "long" -> value + " == Long.MIN_VALUE";
      case "int" -> value + " == Integer.MIN_VALUE";
      default -> value + " == null";
    };
  }

  /** The upper-case name of a call's operator. */
  static String name(RexCall call) {
    return call.getOperator().getName().toUpperCase(Locale.ROOT);
  }

  static PlannerException unsupported(String what) {
    return PlannerException.of(PlannerException.Category.UNSUPPORTED,
        what + " is not supported yet");
  }

  /** Where the generated method finds input field {@code i}. */
  interface InputRows {

    /** The Java variable of the row holding input field {@code index}. */
    String row(int index);

    /** The field's index within that row. */
    int field(int index);
  }
}

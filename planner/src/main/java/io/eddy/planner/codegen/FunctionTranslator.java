package io.eddy.planner.codegen;

import io.eddy.codegen.functions.DateFormat;
import io.eddy.codegen.functions.EvaluationException;
import io.eddy.planner.function.UserScalarFunction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Flink's built-in functions: each becomes a call of a hand-written static helper in
 * {@code io.eddy.codegen.functions}. A function without a translation fails with "Function X is
 * not supported yet".
 */
final class FunctionTranslator {

  private static final String PACKAGE = "io.eddy.codegen.functions.";
  private static final String S = PACKAGE + "StringFunctions.";
  private static final String P = PACKAGE + "PatternFunctions.";
  private static final String M = PACKAGE + "MathFunctions.";
  private static final String T = PACKAGE + "TemporalFunctions.";

  /** A helper call: {@code $0}, {@code $1} ... stand for the converted arguments. */
  private record Helper(String template, List<String> argumentTypes, String resultType,
      boolean nullableResult) {
  }

  private static final Map<String, Helper> HELPERS = new HashMap<>();

  private static void add(String key, String template, String resultType, boolean nullable,
      String... argumentTypes) {
    HELPERS.put(key, new Helper(template, List.of(argumentTypes), resultType, nullable));
  }

  static {
    for (String name : List.of("UPPER", "LOWER", "INITCAP", "REVERSE", "MD5", "SHA256",
        "TO_BASE64", "FROM_BASE64", "LTRIM", "RTRIM")) {
      String method = switch (name) {
        case "TO_BASE64" -> "toBase64";
        case "FROM_BASE64" -> "fromBase64";
        default -> name.toLowerCase(java.util.Locale.ROOT);
      };
      add(name + "/1", S + method + "($0)", "String", false, "String");
    }
    add("CHAR_LENGTH/1", S + "charLength($0)", "int", false, "String");
    add("CHARACTER_LENGTH/1", S + "charLength($0)", "int", false, "String");
    add("HASH_CODE/1", S + "hashCode($0)", "int", false, "String");
    add("REPLACE/3", S + "replace($0, $1, $2)", "String", false, "String", "String", "String");
    for (String name : List.of("SUBSTRING", "SUBSTR")) {
      add(name + "/2", S + "substring($0, $1)", "String", false, "String", "long");
      add(name + "/3", S + "substring($0, $1, $2)", "String", false, "String", "long", "long");
    }
    add("POSITION/2", S + "position($0, $1)", "int", false, "String", "String");
    add("LPAD/3", S + "lpad($0, $1, $2)", "String", true, "String", "long", "String");
    add("RPAD/3", S + "rpad($0, $1, $2)", "String", true, "String", "long", "String");
    add("REPEAT/2", S + "repeat($0, $1)", "String", false, "String", "long");
    add("LEFT/2", S + "left($0, $1)", "String", false, "String", "long");
    add("RIGHT/2", S + "right($0, $1)", "String", false, "String", "long");
    add("UUID/0", S + "uuid()", "String", false);
    add("SPLIT_INDEX/3", S + "splitIndex($0, $1, $2)", "String", true, "*", "*", "long");
    add("REGEXP_EXTRACT/2", P + "regexpExtract($0, $1, 1L)", "String", true, "String",
        "String");
    add("REGEXP_EXTRACT/3", P + "regexpExtract($0, $1, $2)", "String", true, "String", "String",
        "long");
    add("REGEXP_REPLACE/3", P + "regexpReplace($0, $1, $2)", "String", false, "String",
        "String", "String");
    add("REGEXP/2", P + "regexp($0, $1)", "boolean", false, "String", "String");
    add("POWER/2", "Math.pow($0, $1)", "double", false, "double", "double");
    add("SQRT/1", "Math.sqrt($0)", "double", false, "double");
    add("LN/1", "Math.log($0)", "double", false, "double");
    add("LOG/1", "Math.log($0)", "double", false, "double");
    add("LOG/2", M + "log($0, $1)", "double", false, "double", "double");
    add("LOG10/1", "Math.log10($0)", "double", false, "double");
    add("EXP/1", "Math.exp($0)", "double", false, "double");
    add("RAND/0", M + "rand()", "double", false);
    add("RAND_INTEGER/1", M + "randInteger($0)", "int", false, "int");
    add("PI/0", "Math.PI", "double", false);
    add("E/0", "Math.E", "double", false);
    for (String name : List.of("CURRENT_TIMESTAMP", "LOCALTIMESTAMP", "NOW", "PROCTIME",
        "CURRENT_ROW_TIMESTAMP")) {
      add(name + "/0", T + "currentTimestamp()", "long", false);
    }
    add("CURRENT_DATE/0", T + "currentDate()", "int", false);
    add("CURRENT_TIME/0", T + "currentTime()", "int", false);
    add("LOCALTIME/0", T + "currentTime()", "int", false);
    add("DATE_FORMAT/2", T + "dateFormat($0, $1)", "String", true, "*", "String");
    add("TO_TIMESTAMP/1", T + "toTimestamp($0)", "long", true, "String");
    add("TO_TIMESTAMP/2", T + "toTimestamp($0, $1)", "long", true, "String", "String");
    add("TO_TIMESTAMP_LTZ/1", T + "toTimestampLtz($0, 3L)", "long", false, "number");
    add("TO_TIMESTAMP_LTZ/2", T + "toTimestampLtz($0, $1)", "long", false, "number", "long");
    add("TO_DATE/1", T + "toDate($0)", "int", true, "String");
    add("TO_DATE/2", T + "toDate($0, $1)", "int", true, "String", "String");
    add("UNIX_TIMESTAMP/0", T + "unixTimestamp()", "long", false);
    add("UNIX_TIMESTAMP/1", T + "unixTimestamp($0)", "long", false, "String");
    add("UNIX_TIMESTAMP/2", T + "unixTimestamp($0, $1)", "long", false, "String", "String");
    add("FROM_UNIXTIME/1", T + "fromUnixtime($0)", "String", false, "long");
    add("FROM_UNIXTIME/2", T + "fromUnixtime($0, $1)", "String", false, "long", "String");
  }

  private final ExpressionTranslator translator;
  private final ClassBody body;
  private final JsonTranslator json;
  private final UserFunctionTranslator userFunctions;

  FunctionTranslator(ExpressionTranslator translator, ClassBody body) {
    this.translator = translator;
    this.body = body;
    this.json = new JsonTranslator(translator, body);
    this.userFunctions = new UserFunctionTranslator(translator, body);
  }

  Expr translate(RexCall call) {
    if (call.getOperator() instanceof UserScalarFunction function) {
      return userFunctions.translate(call, function);
    }
    String name = ExpressionTranslator.name(call);
    switch (call.getKind()) {
      case TRIM:
        return trim(call);
      case EXTRACT:
        return extract(call);
      case FLOOR, CEIL:
        return call.getOperands().size() == 2 ? floorDateTime(call) : floorNumber(call);
      default:
        break;
    }
    if (name.startsWith("IS JSON") || name.startsWith("IS NOT JSON")) {
      return json.isJson(call);
    }
    switch (name) {
      case "JSON_VALUE":
        return json.value(call);
      case "JSON_QUERY":
        return json.query(call);
      case "JSON_EXISTS":
        return json.exists(call);
      case "JSON_VALUE_EXPRESSION":
        return translator.translate(call.getOperands().get(0));
      case "||", "CONCAT":
        return concat(call);
      case "CONCAT_WS":
        return concatWs(call);
      case "ABS", "SIGN", "ROUND", "TRUNCATE":
        return numeric(call, name);
      case "DATE_FORMAT": {
        Expr formatted = dateFormatOfConstantPattern(call);
        if (formatted != null) {
          return formatted;
        }
        break;
      }
      default:
        break;
    }
    Helper helper = HELPERS.get(name + "/" + call.getOperands().size());
    if (helper == null) {
      throw ExpressionTranslator.unsupported("Function " + call.getOperator().getName());
    }
    List<Expr> arguments = translator.operands(call);
    String code = helper.template();
    for (int i = arguments.size() - 1; i >= 0; i--) {
      code = code.replace("$" + i, argument(arguments.get(i), helper.argumentTypes().get(i)));
    }
    return translator.strict(call.getType(), arguments, helper.resultType(), code,
        helper.nullableResult());
  }

  /**
   * DATE_FORMAT of a TIMESTAMP with a constant, valid pattern: the call site keeps its own {@link
   * DateFormat}, which remembers its last text (null when the general helper must run: another
   * argument type, a pattern that is not a literal, or one that does not parse and must fail per row).
   */
  private Expr dateFormatOfConstantPattern(RexCall call) {
    if (call.getOperands().size() != 2
        || !(call.getOperands().get(1) instanceof RexLiteral literal)) {
      return null;
    }
    String pattern = literal.getValueAs(String.class);
    SqlTypeName type = call.getOperands().get(0).getType().getSqlTypeName();
    if (pattern == null || (type != SqlTypeName.TIMESTAMP
        && type != SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE)) {
      return null;
    }
    DateFormat format;
    try {
      format = DateFormat.of(pattern);
    } catch (EvaluationException e) {
      return null;
    }
    Expr timestamp = translator.translate(call.getOperands().get(0));
    String field = body.reference(format, DateFormat.class.getName());
    return translator.strict(call.getType(), List.of(timestamp), "String",
        field + ".format(" + timestamp.value() + ")", false);
  }

  private static String argument(Expr argument, String javaType) {
    return switch (javaType) {
      case "*" -> argument.value();
      case "number" -> argument.javaType().equals(JavaTypes.DECIMAL)
          || JavaTypes.isFloating(argument.javaType())
          ? JavaTypes.convert(argument.value(), argument.javaType(), "double")
          : JavaTypes.convert(argument.value(), argument.javaType(), "long");
      default -> JavaTypes.convert(argument.value(), argument.javaType(), javaType);
    };
  }

  private Expr concat(RexCall call) {
    List<Expr> arguments = translator.operands(call);
    StringBuilder code = new StringBuilder("(\"\"");
    for (Expr argument : arguments) {
      code.append(" + ").append(argument.value());
    }
    return translator.strict(call.getType(), arguments, "String", code.append(")").toString(),
        false);
  }

  private Expr concatWs(RexCall call) {
    List<Expr> arguments = translator.operands(call);
    StringBuilder values = new StringBuilder("new String[] {");
    for (int i = 1; i < arguments.size(); i++) {
      Expr argument = arguments.get(i);
      values.append(i > 1 ? ", " : "").append(argument.isNull()).append(" ? null : ")
          .append(argument.value());
    }
    values.append("}");
    return translator.strict(call.getType(), List.of(arguments.get(0)), "String",
        S + "concatWs(" + arguments.get(0).value() + ", " + values + ")", false);
  }

  private Expr trim(RexCall call) {
    SqlTrimFunction.Flag flag = ((RexLiteral) call.getOperands().get(0))
        .getValueAs(SqlTrimFunction.Flag.class);
    List<Expr> arguments = List.of(translator.translate(call.getOperands().get(1)),
        translator.translate(call.getOperands().get(2)));
    boolean leading = flag != SqlTrimFunction.Flag.TRAILING;
    boolean trailing = flag != SqlTrimFunction.Flag.LEADING;
    return translator.strict(call.getType(), arguments, "String", S + "trim(" + leading + ", "
        + trailing + ", " + arguments.get(0).value() + ", " + arguments.get(1).value() + ")",
        false);
  }

  private static String unit(RexNode flag) {
    return ((RexLiteral) flag).getValueAs(TimeUnitRange.class).name();
  }

  private Expr extract(RexCall call) {
    String unit = unit(call.getOperands().get(0));
    Expr value = translator.translate(call.getOperands().get(1));
    String millis = millis(value);
    return translator.strict(call.getType(), List.of(value), "long", T + "extract(\"" + unit
        + "\", " + millis + ")", false);
  }

  private static String millis(Expr value) {
    return switch (value.type().getSqlTypeName()) {
      case DATE -> "((long) " + value.value() + " * 86400000L)";
      case TIME -> "((long) " + value.value() + ")";
      default -> value.value();
    };
  }

  private Expr floorDateTime(RexCall call) {
    Expr value = translator.translate(call.getOperands().get(0));
    String unit = unit(call.getOperands().get(1));
    String method = call.getKind() == org.apache.calcite.sql.SqlKind.FLOOR ? "floor" : "ceil";
    String code = T + method + "(" + millis(value) + ", \"" + unit + "\")";
    if (value.type().getSqlTypeName() == org.apache.calcite.sql.type.SqlTypeName.DATE) {
      code = "((int) Math.floorDiv(" + code + ", 86400000L))";
      return translator.strict(call.getType(), List.of(value), "int", code, false);
    }
    return translator.strict(call.getType(), List.of(value), "long", code, false);
  }

  private Expr floorNumber(RexCall call) {
    Expr value = translator.translate(call.getOperands().get(0));
    String method = call.getKind() == org.apache.calcite.sql.SqlKind.FLOOR ? "floor" : "ceil";
    if (value.javaType().equals(JavaTypes.DECIMAL)) {
      return translator.strict(call.getType(), List.of(value), JavaTypes.DECIMAL, M + method
          + "(" + value.value() + ", " + call.getType().getScale() + ")", false);
    }
    if (JavaTypes.isFloating(value.javaType())) {
      return translator.strict(call.getType(), List.of(value), "double", "Math." + method
          + "(" + value.value() + ")", false);
    }
    return translator.strict(call.getType(), List.of(value), value.javaType(), value.value(),
        false);
  }

  private Expr numeric(RexCall call, String name) {
    List<Expr> arguments = translator.operands(call);
    Expr value = arguments.get(0);
    String digits = arguments.size() > 1
        ? JavaTypes.convert(arguments.get(1).value(), arguments.get(1).javaType(), "int") : "0";
    boolean decimal = value.javaType().equals(JavaTypes.DECIMAL);
    boolean floating = JavaTypes.isFloating(value.javaType());
    String type = decimal ? JavaTypes.DECIMAL : floating ? "double" : "long";
    String v = JavaTypes.convert(value.value(), value.javaType(), type);
    String code = switch (name) {
      case "ABS" -> decimal ? v + ".abs()" : "Math.abs(" + v + ")";
      case "SIGN" -> decimal ? M + "sign(" + v + ")" : floating ? "Math.signum(" + v + ")"
          : "Long.signum(" + v + ")";
      case "ROUND" -> decimal ? M + "round(" + v + ", " + digits + ", "
          + call.getType().getScale() + ")" : M + "round(" + v + ", " + digits + ")";
      default -> decimal ? M + "truncate(" + v + ", " + digits + ", "
          + call.getType().getScale() + ")" : M + "truncate(" + v + ", " + digits + ")";
    };
    String resultType = name.equals("SIGN") && decimal ? "int" : type;
    return translator.strict(call.getType(), arguments, resultType, code, false);
  }
}

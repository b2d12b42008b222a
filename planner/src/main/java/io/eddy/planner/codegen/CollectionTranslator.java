package io.eddy.planner.codegen;

import io.eddy.planner.types.FieldTypes;
import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.RowSchema;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;

/**
 * Value constructors and collection functions: {@code ROW(a, b)} / {@code (a, b)},
 * {@code ARRAY[...]}, {@code MAP[k, v, ...]}, element access ({@code arr[1]}, {@code m['k']}),
 * CARDINALITY, ELEMENT and the ARRAY_ and MAP_ functions of {@code CollectionFunctions}.
 *
 * <p>Arrays and maps hold their elements as {@link io.eddy.runtime.data.Row#getField} returns
 * them ({@code Integer} for INT, {@code Long} for BIGINT, {@code LocalDate} for DATE,
 * {@code LocalDateTime} for TIMESTAMP, nested {@code Row}s ...): a constructor boxes each element
 * as its declared type, and access converts back to the generated code's primitives.
 */
final class CollectionTranslator {

  private static final String FUNCTIONS = "io.eddy.codegen.functions.CollectionFunctions.";

  private final ExpressionTranslator translator;
  private final ClassBody body;

  CollectionTranslator(ExpressionTranslator translator, ClassBody body) {
    this.translator = translator;
    this.body = body;
  }

  /** The call's translation, or null when it is not a constructor or collection function. */
  Expr translate(RexCall call) {
    return switch (call.getKind()) {
      case ARRAY_VALUE_CONSTRUCTOR -> array(call);
      case MAP_VALUE_CONSTRUCTOR -> map(call);
      case ROW -> row(call);
      case ITEM -> item(call);
      default -> switch (ExpressionTranslator.name(call)) {
        case "CARDINALITY" -> cardinality(call);
        case "ELEMENT" -> element(call);
        case "ARRAY_CONTAINS" -> search(call, "contains", "boolean");
        case "ARRAY_POSITION" -> search(call, "position", "long");
        case "ARRAY_REMOVE" -> search(call, "remove", "java.util.List");
        case "ARRAY_DISTINCT" -> helper(call, "distinct", "java.util.List");
        case "ARRAY_REVERSE" -> helper(call, "reverse", "java.util.List");
        case "MAP_KEYS" -> helper(call, "keys", "java.util.List");
        case "MAP_VALUES" -> helper(call, "values", "java.util.List");
        case "ARRAY_JOIN" -> join(call);
        default -> null;
      };
    };
  }

  private Expr array(RexCall call) {
    RelDataType element = call.getType().getComponentType();
    String list = body.name("a");
    body.line("java.util.List " + list + " = new java.util.ArrayList("
        + call.getOperands().size() + ");");
    for (Expr operand : translator.operands(call)) {
      body.line(list + ".add(" + boxed(operand, element) + ");");
    }
    String value = body.local("java.util.List", "v",
        "java.util.Collections.unmodifiableList(" + list + ")");
    return new Expr(value, "false", call.getType(), "java.util.List");
  }

  private Expr map(RexCall call) {
    RelDataType key = call.getType().getKeyType();
    RelDataType valueType = call.getType().getValueType();
    List<Expr> operands = translator.operands(call);
    String map = body.name("m");
    body.line("java.util.Map " + map + " = new java.util.LinkedHashMap();");
    for (int i = 0; i + 1 < operands.size(); i += 2) {
      body.line(map + ".put(" + boxed(operands.get(i), key) + ", "
          + boxed(operands.get(i + 1), valueType) + ");");
    }
    String value = body.local("java.util.Map", "v",
        "java.util.Collections.unmodifiableMap(" + map + ")");
    return new Expr(value, "false", call.getType(), "java.util.Map");
  }

  private Expr row(RexCall call) {
    RowSchema schema = FieldTypes.rowSchema(call.getType());
    String schemaField = body.reference(schema, "io.eddy.runtime.data.RowSchema");
    List<Expr> operands = translator.operands(call);
    String row = body.local(JavaTypes.ROW, "v", "new " + JavaTypes.ROW + "(" + schemaField + ")");
    for (int i = 0; i < operands.size(); i++) {
      Expr operand = operands.get(i);
      FieldKind kind = schema.type(i).kind();
      RelDataType fieldType = call.getType().getFieldList().get(i).getType();
      String converted = JavaTypes.convert(operand.value(), operand.javaType(),
          JavaTypes.of(fieldType));
      String write = JavaTypes.write(row, i, kind, converted);
      body.line(operand.neverNull() ? write : "if (!" + operand.isNull() + ") { " + write + " }");
    }
    return new Expr(row, "false", call.getType(), JavaTypes.ROW);
  }

  private Expr item(RexCall call) {
    Expr container = translator.translate(call.getOperands().get(0));
    Expr key = translator.translate(call.getOperands().get(1));
    RelDataType containerType = call.getOperands().get(0).getType();
    String code = switch (containerType.getSqlTypeName()) {
      case ARRAY, MULTISET -> FUNCTIONS + "element(" + container.value() + ", (long) "
          + key.value() + ")";
      case MAP -> container.value() + ".get(" + boxed(key, containerType.getKeyType()) + ")";
      default -> throw ExpressionTranslator.unsupported("Access by [] to a value of type "
          + containerType.getSqlTypeName());
    };
    return translator.strict(call.getType(), List.of(container, key), "Object",
        internal(code, call.getType()), true);
  }

  private Expr cardinality(RexCall call) {
    Expr collection = translator.translate(call.getOperands().get(0));
    return translator.strict(call.getType(), List.of(collection), "int",
        collection.value() + ".size()", false);
  }

  private Expr element(RexCall call) {
    Expr array = translator.translate(call.getOperands().get(0));
    return translator.strict(call.getType(), List.of(array), "Object",
        internal(FUNCTIONS + "single(" + array.value() + ")", call.getType()), true);
  }

  /**
   * A function of an array and a value ({@code ARRAY_CONTAINS}, {@code ARRAY_POSITION},
   * {@code ARRAY_REMOVE}): null for a null array; a null value is looked for as an element.
   */
  private Expr search(RexCall call, String method, String resultType) {
    Expr array = translator.translate(call.getOperands().get(0));
    Expr needle = translator.translate(call.getOperands().get(1));
    RelDataType element = call.getOperands().get(0).getType().getComponentType();
    return translator.strict(call.getType(), List.of(array), resultType,
        FUNCTIONS + method + "(" + array.value() + ", " + boxed(needle, element) + ")", false);
  }

  /** A strict one-argument collection function returning {@code resultType}. */
  private Expr helper(RexCall call, String method, String resultType) {
    Expr collection = translator.translate(call.getOperands().get(0));
    return translator.strict(call.getType(), List.of(collection), resultType,
        FUNCTIONS + method + "(" + collection.value() + ")", false);
  }

  private Expr join(RexCall call) {
    List<Expr> arguments = translator.operands(call);
    String replacement = arguments.size() > 2 ? arguments.get(2).value() : "null";
    return translator.strict(call.getType(), arguments, "String", FUNCTIONS + "join("
        + arguments.get(0).value() + ", " + arguments.get(1).value() + ", " + replacement + ")",
        false);
  }

  /**
   * Java code of the element {@code code} returns (an Object, maybe null) as a boxed number when
   * {@code type} is a date-time type, which generated code holds as a number; else unchanged.
   */
  private static String internal(String code, RelDataType type) {
    return switch (type.getSqlTypeName()) {
      case DATE, TIME, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE ->
          FUNCTIONS + "internal(" + code + ")";
      default -> code;
    };
  }

  /**
   * Java code of {@code operand} boxed as the runtime keeps a value of {@code type} inside an
   * array or map, or null when the operand is null.
   */
  private static String boxed(Expr operand, RelDataType type) {
    String javaType = JavaTypes.of(type);
    String value = JavaTypes.convert(operand.value(), operand.javaType(), javaType);
    String box = switch (type.getSqlTypeName()) {
      case BOOLEAN -> "Boolean.valueOf(" + value + ")";
      case TINYINT -> "Byte.valueOf(" + value + ")";
      case SMALLINT -> "Short.valueOf(" + value + ")";
      case INTEGER -> "Integer.valueOf(" + value + ")";
      case BIGINT -> "Long.valueOf(" + value + ")";
      case FLOAT, REAL -> "Float.valueOf(" + value + ")";
      case DOUBLE -> "Double.valueOf(" + value + ")";
      case DATE -> "java.time.LocalDate.ofEpochDay(" + value + ")";
      case TIME -> FUNCTIONS + "time(" + value + ")";
      case TIMESTAMP -> FUNCTIONS + "timestamp(" + value + ")";
      case TIMESTAMP_WITH_LOCAL_TIME_ZONE -> "java.time.Instant.ofEpochMilli(" + value + ")";
      case DECIMAL, CHAR, VARCHAR, BINARY, VARBINARY, ROW, ARRAY, MAP, MULTISET, NULL ->
          "((Object) " + value + ")";
      default -> throw ExpressionTranslator.unsupported("An array or map of "
          + type.getSqlTypeName() + " values");
    };
    return operand.neverNull() ? box : "(" + operand.isNull() + " ? null : " + box + ")";
  }
}

package io.eddy.planner.codegen;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.rank.SortField;
import java.util.List;

/**
 * Writes a row comparator's {@code compare} for fixed sort fields: per field the null placement,
 * then a comparison of the field's type read without boxing (the long slot for integers, dates,
 * times and booleans; {@code Float/Double.compare}; milliseconds then nanoseconds for
 * timestamps; {@code compareTo} for decimals and strings; unsigned bytes), its sign flipped for a
 * descending field. Same order as the runtime's {@code RowComparator}.
 */
final class ComparatorSource {

  private static final String ROW = "io.eddy.runtime.data.Row";

  private ComparatorSource() {
  }

  static void write(ClassBody body, RowSchema schema, List<SortField> fields) {
    body.line(ROW + " left = (" + ROW + ") a;");
    body.line(ROW + " right = (" + ROW + ") b;");
    for (int i = 0; i < fields.size(); i++) {
      body.line("int c" + i + " = compare" + i + "(left, right);");
      body.line("if (c" + i + " != 0) return c" + i + ";");
    }
    body.method("public int compare(Object a, Object b)", "return 0;");
    for (int i = 0; i < fields.size(); i++) {
      SortField field = fields.get(i);
      int index = field.index();
      FieldKind kind = schema.kind(index);
      body.line("boolean leftNull = left.isNullAt(" + index + ");");
      body.line("boolean rightNull = right.isNullAt(" + index + ");");
      body.line("if (leftNull || rightNull) {");
      body.line("  if (leftNull == rightNull) return 0;");
      body.line("  return leftNull ? " + (field.nullsFirst() ? "-1 : 1;" : "1 : -1;"));
      body.line("}");
      String order = values(kind, index);
      body.line("return " + (field.ascending() ? order : "-" + order) + ";");
      body.method("private int compare" + i + "(" + ROW + " left, " + ROW + " right)", null);
    }
  }

  private static String values(FieldKind kind, int index) {
    String left = "left";
    String right = "right";
    return switch (kind) {
      case FLOAT -> "Float.compare(" + get(left, "Float", index) + ", " + get(right, "Float", index)
          + ")";
      case DOUBLE -> "Double.compare(" + get(left, "Double", index) + ", "
          + get(right, "Double", index) + ")";
      case TIMESTAMP, TIMESTAMP_LTZ -> "(" + get(left, "TimestampMillis", index) + " != "
          + get(right, "TimestampMillis", index) + " ? Long.compare("
          + get(left, "TimestampMillis", index) + ", " + get(right, "TimestampMillis", index)
          + ") : Integer.compare(" + get(left, "TimestampNanosOfMilli", index) + ", "
          + get(right, "TimestampNanosOfMilli", index) + "))";
      case DECIMAL -> get(left, "Decimal", index) + ".compareTo(" + get(right, "Decimal", index)
          + ")";
      case STRING -> get(left, "String", index) + ".compareTo(" + get(right, "String", index)
          + ")";
      case BYTES -> "java.util.Arrays.compareUnsigned(" + get(left, "Bytes", index) + ", "
          + get(right, "Bytes", index) + ")";
      case ROW, ARRAY, MAP -> throw new IllegalArgumentException("cannot sort by a " + kind);
      default -> "Long.compare(" + get(left, "Long", index) + ", " + get(right, "Long", index)
          + ")";
    };
  }

  private static String get(String row, String type, int index) {
    return row + ".get" + type + "(" + index + ")";
  }
}

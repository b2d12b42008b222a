package io.eddy.planner.codegen;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.RowSchema;

/**
 * Writes a key selector's methods for fixed field indexes and kinds: {@code getKey} copies each
 * key field with the setter of its kind, {@code keyHashCode} hashes the key fields straight from
 * the input row, equal to {@code getKey(row).hashCode()} ({@code Row}'s hash: the null words, then
 * per field the long slot, the object's hash and the timestamp's nanoseconds).
 */
final class KeySelectorSource {

  private static final String ROW = "io.eddy.runtime.data.Row";

  private KeySelectorSource() {
  }

  /**
   * Adds {@code getKey}, {@code keyHashCode} and {@code keySchema} to {@code body}; returns the
   * extra field and constructor statement of a reused key row ({@code reuseKey}), else empty
   * strings.
   */
  static String[] write(ClassBody body, RowSchema inputSchema, int[] fields, boolean reuseKey) {
    RowSchema keySchema = inputSchema.project(fields);
    String schema = body.reference(keySchema, "io.eddy.runtime.data.RowSchema");
    if (!reuseKey) {
      body.line(ROW + " key = new " + ROW + "(" + schema + ");");
    }
    for (int i = 0; i < fields.length; i++) {
      int field = fields[i];
      String copy = copy(i, field, inputSchema.kind(field));
      if (reuseKey) {
        body.line("if (in.isNullAt(" + field + ")) key.setNullAt(" + i + "); else " + copy);
      } else {
        body.line("if (!in.isNullAt(" + field + ")) " + copy);
      }
    }
    body.method("public " + ROW + " getKey(" + ROW + " in)", "return key;");
    writeHash(body, inputSchema, fields);
    body.method("public io.eddy.runtime.data.RowSchema keySchema()", "return " + schema + ";");
    body.method("public String toString()", "return \"GeneratedKeySelector"
        + java.util.Arrays.toString(fields) + "\";");
    return reuseKey
        ? new String[] {"  private final " + ROW + " key;\n",
            "    key = new " + ROW + "(" + schema + ");\n"}
        : new String[] {"", ""};
  }

  private static String copy(int target, int field, FieldKind kind) {
    return copy("key", target, field, kind);
  }

  /**
   * The statement copying the non-null field {@code field} of row {@code in} into field
   * {@code target} of row {@code row} with the setter of its kind.
   */
  static String copy(String row, int target, int field, FieldKind kind) {
    return switch (kind) {
      case TIMESTAMP, TIMESTAMP_LTZ -> row + ".setTimestamp(" + target
          + ", in.getTimestampMillis(" + field + "), in.getTimestampNanosOfMilli(" + field
          + "));";
      default -> kind.isFixedWidth()
          ? row + ".setLong(" + target + ", in.getLong(" + field + "));"
          : row + ".setObject(" + target + ", in.getObject(" + field + "));";
    };
  }

  private static void writeHash(ClassBody body, RowSchema inputSchema, int[] fields) {
    body.line("int h = 1;");
    for (int word = 0; word * 64 < fields.length; word++) {
      body.line("long nulls" + word + " = 0L;");
      for (int i = word * 64; i < Math.min(fields.length, word * 64 + 64); i++) {
        body.line("if (in.isNullAt(" + fields[i] + ")) nulls" + word + " |= 0x"
            + Long.toHexString(1L << (i & 63)) + "L;");
      }
      body.line("h = 31 * h + Long.hashCode(nulls" + word + ");");
    }
    for (int field : fields) {
      FieldKind kind = inputSchema.kind(field);
      body.line("if (in.isNullAt(" + field + ")) {");
      body.line("  h = 31 * h;");
      body.line("} else {");
      body.line("  h = 31 * h + Long.hashCode(in.getLong(" + field + "));");
      String objectHash = switch (kind) {
        case STRING -> "in.getString(" + field + ").hashCode()";
        case BYTES -> "java.util.Arrays.hashCode(in.getBytes(" + field + "))";
        case DECIMAL -> "in.getDecimal(" + field + ").hashCode()";
        default -> kind.isFixedWidth() ? null : "in.getObject(" + field + ").hashCode()";
      };
      if (objectHash != null) {
        body.line("  h = 31 * h + " + objectHash + ";");
      }
      if (kind == FieldKind.TIMESTAMP || kind == FieldKind.TIMESTAMP_LTZ) {
        body.line("  int nanos = in.getTimestampNanosOfMilli(" + field + ");");
        body.line("  if (nanos != 0) h = 31 * h + nanos;");
      }
      body.line("}");
    }
    body.method("public int keyHashCode(" + ROW + " in)", "return h;");
  }
}

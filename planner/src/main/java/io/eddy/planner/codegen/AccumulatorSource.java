package io.eddy.planner.codegen;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.aggregate.AggregateAccumulators;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.aggregate.AggregateCode;
import io.eddy.runtime.operators.aggregate.AggregateKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the methods of an {@code AccumulatorCode}: for each call {@link AggregateCode#generatable}
 * accepts, one small method per step (accumulate, retract, result) specialised to the call's
 * kind, types, FILTER field and argument fields, over the accumulator layout of the hand-written
 * functions (so state written by either is read by the other). AVG results of mixed types call
 * {@link AggregateAccumulators#writeAverage}.
 */
final class AccumulatorSource {

  private static final String ROW = "io.eddy.runtime.data.Row";
  private static final String DECIMAL = "java.math.BigDecimal";

  private final ClassBody body;
  private final RowSchema accumulatorSchema;
  private final int[] offsets;
  private final List<Integer> covered = new ArrayList<>();
  private final List<AggregateCall> calls;

  private AccumulatorSource(ClassBody body, RowSchema inputSchema, List<AggregateCall> calls,
      boolean retracting) {
    this.body = body;
    this.calls = List.copyOf(calls);
    AggregateAccumulators layout = new AggregateAccumulators(inputSchema, calls, retracting);
    this.accumulatorSchema = layout.accumulatorSchema();
    this.offsets = layout.accumulatorOffsets();
    for (int i = 0; i < calls.size(); i++) {
      if (AggregateCode.generatable(calls.get(i), retracting)) {
        covered.add(i);
      }
    }
  }

  /** Adds the four methods of {@code AccumulatorCode} (and one helper per call and step). */
  static void write(ClassBody body, RowSchema inputSchema, List<AggregateCall> calls,
      boolean retracting) {
    new AccumulatorSource(body, inputSchema, calls, retracting).write();
  }

  private void write() {
    body.line("acc.setLong(0, 0L);");
    for (int i : covered) {
      initialize(i);
    }
    body.method("public void initialize(" + ROW + " acc)", null);
    for (int i : covered) {
      update(i, true);
      update(i, false);
      result(i);
    }
    step("accumulate", "acc.setLong(0, acc.getLong(0) + 1);", "(acc, in)", ROW + " in");
    step("retract", "acc.setLong(0, acc.getLong(0) - 1);", "(acc, in)", ROW + " in");
    step("writeResults", null, "(acc, target, first)", ROW + " target, int first");
  }

  private void step(String name, String first, String arguments, String parameters) {
    if (first != null) {
      body.line(first);
    }
    for (int i : covered) {
      body.line(name + i + arguments + ";");
    }
    body.method("public void " + name + "(" + ROW + " acc, " + parameters + ")", null);
  }

  private void initialize(int i) {
    AggregateCall call = calls.get(i);
    int offset = offsets[i];
    switch (call.kind()) {
      case COUNT_STAR, COUNT -> body.line("acc.setLong(" + offset + ", 0L);");
      case MIN, MAX -> body.line("acc.setNullAt(" + offset + ");");
      default -> {
        body.line(zero("acc", String.valueOf(offset), accumulatorSchema.type(offset)));
        body.line("acc.setLong(" + (offset + 1) + ", 0L);");
      }
    }
  }

  private String zero(String row, String field, FieldType type) {
    return switch (type.kind()) {
      case FLOAT -> row + ".setFloat(" + field + ", 0f);";
      case DOUBLE -> row + ".setDouble(" + field + ", 0d);";
      case DECIMAL -> row + ".setDecimal(" + field + ", "
          + body.reference(BigDecimal.ZERO.setScale(type.scale()), DECIMAL) + ");";
      default -> row + ".setLong(" + field + ", 0L);";
    };
  }

  private void update(int i, boolean accumulate) {
    AggregateCall call = calls.get(i);
    List<String> skips = new ArrayList<>();
    if (call.filterField() >= 0) {
      skips.add("in.isNullAt(" + call.filterField() + ") || !in.getBoolean(" + call.filterField()
          + ")");
    }
    for (int argument : call.arguments()) {
      skips.add("in.isNullAt(" + argument + ")");
    }
    if (!skips.isEmpty()) {
      body.line("if (" + String.join(" || ", skips) + ") return;");
    }
    int offset = offsets[i];
    String sign = accumulate ? " + " : " - ";
    switch (call.kind()) {
      case COUNT_STAR, COUNT ->
          body.line("acc.setLong(" + offset + ", acc.getLong(" + offset + ")" + sign + "1);");
      case MIN, MAX -> {
        if (accumulate) {
          String better = compare(call.argumentType().kind(), call.argument(), offset)
              + (call.kind() == AggregateKind.MAX ? " > 0" : " < 0");
          body.line("if (acc.isNullAt(" + offset + ") || " + better + ") acc.setFieldFrom("
              + offset + ", in, " + call.argument() + ");");
        } else {
          String message = body.reference(call.kind() + " of " + call.name()
              + " was built for an append-only input and cannot retract; build the operator for"
              + " a changelog input", "String");
          body.line("throw new UnsupportedOperationException(" + message + ");");
        }
      }
      default -> {
        body.line(add(accumulatorSchema.type(offset), offset, call.argumentType().kind(),
            call.argument(), sign));
        body.line("acc.setLong(" + (offset + 1) + ", acc.getLong(" + (offset + 1) + ")" + sign
            + "1);");
      }
    }
    body.method("private void " + (accumulate ? "accumulate" : "retract") + i + "(" + ROW
        + " acc, " + ROW + " in)", null);
  }

  /** The statement adding (sign " + ") or subtracting the argument to the running sum. */
  private static String add(FieldType sumType, int offset, FieldKind argumentKind, int argument,
      String sign) {
    return switch (sumType.kind()) {
      case TINYINT, SMALLINT, INT, BIGINT -> "acc.setLong(" + offset + ", " + wrap("acc.getLong("
          + offset + ")" + sign + "in.getLong(" + argument + ")", sumType.kind()) + ");";
      case FLOAT -> "acc.setFloat(" + offset + ", acc.getFloat(" + offset + ")" + sign
          + "(float) " + readDouble(argumentKind, argument) + ");";
      case DOUBLE -> "acc.setDouble(" + offset + ", acc.getDouble(" + offset + ")" + sign
          + readDouble(argumentKind, argument) + ");";
      case DECIMAL -> "acc.setDecimal(" + offset + ", acc.getDecimal(" + offset + ")."
          + (sign.equals(" + ") ? "add(" : "subtract(") + readDecimal(argumentKind, argument)
          + ").setScale(" + sumType.scale() + ", java.math.RoundingMode.HALF_UP));";
      default -> throw new IllegalArgumentException("cannot sum into " + sumType);
    };
  }

  private static String wrap(String value, FieldKind kind) {
    return switch (kind) {
      case TINYINT -> "(long) (byte) (" + value + ")";
      case SMALLINT -> "(long) (short) (" + value + ")";
      case INT -> "(long) (int) (" + value + ")";
      default -> value;
    };
  }

  private static String readDouble(FieldKind kind, int field) {
    return switch (kind) {
      case FLOAT -> "(double) in.getFloat(" + field + ")";
      case DOUBLE -> "in.getDouble(" + field + ")";
      case DECIMAL -> "in.getDecimal(" + field + ").doubleValue()";
      default -> "(double) in.getLong(" + field + ")";
    };
  }

  private static String readDecimal(FieldKind kind, int field) {
    return switch (kind) {
      case FLOAT, DOUBLE -> DECIMAL + ".valueOf(" + readDouble(kind, field) + ")";
      case DECIMAL -> "in.getDecimal(" + field + ")";
      default -> DECIMAL + ".valueOf(in.getLong(" + field + "))";
    };
  }

  /** How input field {@code field} orders against accumulator field {@code offset}, as an int. */
  static String compare(FieldKind kind, int field, int offset) {
    return switch (kind) {
      case FLOAT -> "Float.compare(in.getFloat(" + field + "), acc.getFloat(" + offset + "))";
      case DOUBLE -> "Double.compare(in.getDouble(" + field + "), acc.getDouble(" + offset + "))";
      case DECIMAL -> "in.getDecimal(" + field + ").compareTo(acc.getDecimal(" + offset + "))";
      case STRING -> "in.getString(" + field + ").compareTo(acc.getString(" + offset + "))";
      case BYTES -> "java.util.Arrays.compareUnsigned(in.getBytes(" + field + "), acc.getBytes("
          + offset + "))";
      case TIMESTAMP, TIMESTAMP_LTZ -> "(in.getTimestampMillis(" + field
          + ") != acc.getTimestampMillis(" + offset + ") ? Long.compare(in.getTimestampMillis("
          + field + "), acc.getTimestampMillis(" + offset
          + ")) : Integer.compare(in.getTimestampNanosOfMilli(" + field
          + "), acc.getTimestampNanosOfMilli(" + offset + ")))";
      default -> "Long.compare(in.getLong(" + field + "), acc.getLong(" + offset + "))";
    };
  }

  private void result(int i) {
    AggregateCall call = calls.get(i);
    int offset = offsets[i];
    String target = "first + " + i;
    String copy = "target.setFieldFrom(" + target + ", acc, " + offset + ");";
    switch (call.kind()) {
      case COUNT_STAR, COUNT ->
          body.line("target.setLong(" + target + ", acc.getLong(" + offset + "));");
      case MIN, MAX -> body.line(copy);
      case SUM, SUM0 -> {
        body.line("if (acc.getLong(" + (offset + 1) + ") == 0L) {");
        body.line("  " + (call.kind() == AggregateKind.SUM ? "target.setNullAt(" + target + ");"
            : zero("target", target, call.resultType())));
        body.line("} else {");
        body.line("  " + copy);
        body.line("}");
      }
      default -> average(call, offset, target);
    }
    body.method("private void writeResults" + i + "(" + ROW + " acc, " + ROW
        + " target, int first)", null);
  }

  private void average(AggregateCall call, int offset, String target) {
    FieldType sumType = accumulatorSchema.type(offset);
    FieldKind result = call.resultType().kind();
    body.line("long count = acc.getLong(" + (offset + 1) + ");");
    body.line("if (count == 0L) {");
    body.line("  target.setNullAt(" + target + ");");
    body.line("} else {");
    boolean integral = result == FieldKind.TINYINT || result == FieldKind.SMALLINT
        || result == FieldKind.INT || result == FieldKind.BIGINT;
    if (integral && sumType.kind() == FieldKind.BIGINT) {
      body.line("  target.setLong(" + target + ", " + wrap("acc.getLong(" + offset + ") / count",
          result) + ");");
    } else if (result == FieldKind.DOUBLE && sumType.kind() == FieldKind.DOUBLE) {
      body.line("  target.setDouble(" + target + ", acc.getDouble(" + offset + ") / count);");
    } else {
      String type = "io.eddy.runtime.data.FieldType";
      body.line("  io.eddy.runtime.operators.aggregate.AggregateAccumulators.writeAverage(acc, "
          + offset + ", " + body.reference(sumType, type) + ", count, target, " + target + ", "
          + body.reference(call.resultType(), type) + ");");
    }
    body.line("}");
  }
}

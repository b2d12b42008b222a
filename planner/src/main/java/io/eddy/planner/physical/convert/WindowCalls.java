package io.eddy.planner.physical.convert;

import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.UnsupportedConstruct;
import io.eddy.planner.physical.nodes.WindowSpec;
import io.eddy.planner.types.TimeIndicatorType;
import io.eddy.planner.validate.ProctimeFunction;
import io.eddy.planner.validate.WindowTableFunction;
import io.eddy.runtime.operators.aggregate.WindowTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;

/**
 * Reads the windows of a window table function call ({@code TUMBLE(DESCRIPTOR($4), 10000)}) or of
 * a legacy group window ({@code $TUMBLE($4, 60000)}): the window spec and the time attribute.
 */
final class WindowCalls {

  /**
   * A window and its time attribute.
   *
   * @param spec the windows
   * @param timeAttribute the time attribute over the call's input row: a field, or a
   *     {@code PROCTIME()} call that a legacy group window over a computed column keeps inline
   * @param time whether the attribute is a rowtime or a PROCTIME() attribute
   * @param function the function's name, for messages
   * @param column the time attribute's name, for messages
   */
  record Window(WindowSpec spec, RexNode timeAttribute, WindowTime time, String function,
      String column) {

    /** The name of the time attribute column, or null for an inline PROCTIME(). */
    private String timeColumn() {
      return column.startsWith("the PROCTIME() column '")
          ? column.substring("the PROCTIME() column '".length(), column.length() - 1) : null;
    }

    /** The index of the time attribute in the call's input row; -1 for an inline PROCTIME(). */
    int rowtimeField() {
      return timeAttribute instanceof RexInputRef ref ? ref.getIndex() : -1;
    }

    /** This window, or a refusal when it is over processing time, where {@code use} needs event time. */
    Window eventTimeOnly(String use) {
      if (time == WindowTime.PROCESSING_TIME) {
        throw located(use + " over processing-time windows (" + function + " over "
            + column + ")", function, timeColumn());
      }
      return this;
    }
  }

  private WindowCalls() {
  }

  /** The windows of a window table function call over rows of {@code inputType}, if it is one. */
  static Optional<Window> ofTableFunction(RexNode invocation, RelDataType inputType) {
    if (!(invocation instanceof RexCall call)
        || !(call.getOperator() instanceof WindowTableFunction function)) {
      return Optional.empty();
    }
    String name = function.getName().toUpperCase(Locale.ROOT);
    List<RexNode> operands = call.getOperands();
    RexNode descriptor = operands.get(0);
    if (descriptor.getKind() != SqlKind.DESCRIPTOR
        || !(((RexCall) descriptor).getOperands().get(0) instanceof RexInputRef time)) {
      throw unsupported("The window function " + name + " with time column " + descriptor);
    }
    WindowSpec.Kind kind = WindowSpec.Kind.valueOf(name);
    int offsetOperand = kind == WindowSpec.Kind.TUMBLE ? 2 : 3;
    Duration offset = kind != WindowSpec.Kind.SESSION && operands.size() > offsetOperand
        ? millis(operands.get(offsetOperand), name) : Duration.ZERO;
    WindowSpec spec = switch (kind) {
      case TUMBLE, SESSION -> new WindowSpec(kind, millis(operands.get(1), name), null, offset);
      case HOP, CUMULATE -> new WindowSpec(kind, millis(operands.get(2), name),
          millis(operands.get(1), name), offset);
    };
    return Optional.of(window(checked(spec), time.getIndex(), inputType, name));
  }

  /** The windows of a legacy group window key ({@code $TUMBLE(ts, size)}), if it is one. */
  static Optional<Window> ofGroupWindow(RexNode key, RelDataType inputType) {
    if (!(key instanceof RexCall call)) {
      return Optional.empty();
    }
    String name = call.getOperator().getName().toUpperCase(Locale.ROOT);
    if (!name.equals("$TUMBLE") && !name.equals("$HOP") && !name.equals("$SESSION")) {
      return Optional.empty();
    }
    String function = name.substring(1);
    List<RexNode> operands = call.getOperands();
    RexNode time = operands.get(0);
    boolean inlineProctime = time instanceof RexCall proctime
        && proctime.getOperator() == ProctimeFunction.INSTANCE;
    if (!(time instanceof RexInputRef) && !inlineProctime) {
      throw unsupported("The group window " + function + " over " + operands.get(0));
    }
    int intervals = function.equals("HOP") ? 2 : 1;
    if (operands.size() > intervals + 1) {
      throw located("A window offset (" + function + " with an alignment time)", function, null);
    }
    WindowSpec spec = switch (function) {
      case "TUMBLE" -> new WindowSpec(WindowSpec.Kind.TUMBLE, millis(operands.get(1), function), null);
      case "SESSION" -> new WindowSpec(WindowSpec.Kind.SESSION, millis(operands.get(1), function), null);
      default -> new WindowSpec(WindowSpec.Kind.HOP, millis(operands.get(2), function),
          millis(operands.get(1), function));
    };
    if (inlineProctime) {
      return Optional.of(proctime(checked(spec), time, function, "PROCTIME()"));
    }
    return Optional.of(window(checked(spec), ((RexInputRef) time).getIndex(), inputType,
        function));
  }

  private static WindowSpec checked(WindowSpec spec) {
    if (spec.kind() == WindowSpec.Kind.SESSION) {
      return spec;
    }
    try {
      spec.assigner();
      return spec;
    } catch (IllegalArgumentException e) {
      throw PlannerException.of(PlannerException.Category.VALIDATION, e.getMessage());
    }
  }

  private static Window window(WindowSpec spec, int field, RelDataType inputType,
      String function) {
    RelDataType type = inputType.getFieldList().get(field).getType();
    String column = inputType.getFieldNames().get(field);
    if (type instanceof TimeIndicatorType indicator) {
      RexNode reference = RexInputRef.of(field, inputType);
      return indicator.isEventTime()
          ? new Window(spec, reference, WindowTime.EVENT_TIME, function, column)
          : proctime(spec, reference, function, "the PROCTIME() column '" + column + "'");
    }
    throw PlannerException.of(PlannerException.Category.VALIDATION, "The window function "
        + function + " requires its time column '" + column + "' to be a time attribute,"
        + " but it is a plain " + type + ". Declare a WATERMARK for the column.");
  }

  private static Window proctime(WindowSpec spec, RexNode attribute, String function,
      String column) {
    if (spec.kind() == WindowSpec.Kind.SESSION) {
      throw located("Processing-time SESSION windows (" + function + " over " + column + ")",
          function, null);
    }
    return new Window(spec, attribute, WindowTime.PROCESSING_TIME, function, column);
  }

  private static Duration millis(RexNode interval, String function) {
    if (interval instanceof RexLiteral literal && literal.getValueAs(BigDecimal.class) != null) {
      return Duration.ofMillis(literal.getValueAs(BigDecimal.class).longValueExact());
    }
    throw unsupported("A window size that is not a constant interval (" + function + " with "
        + interval + ")");
  }

  private static UnsupportedConstruct located(String what, String function, String column) {
    return new UnsupportedConstruct(what + " is not supported yet", function, column);
  }

  private static PlannerException unsupported(String what) {
    return PlannerException.of(PlannerException.Category.UNSUPPORTED,
        what + " is not supported yet");
  }
}

package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.aggregate.AggregateCode;
import io.eddy.runtime.operators.aggregate.SessionWindowAggregateOperator;
import io.eddy.runtime.operators.aggregate.WindowAggregateOperator;
import io.eddy.runtime.operators.aggregate.WindowProperty;
import io.eddy.runtime.operators.aggregate.WindowTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A window aggregate (a window TVF or a legacy GROUP BY TUMBLE/HOP/SESSION, grouped by the window):
 * rows accumulate per key and window; a window fires once the watermark passes its end and emits
 * one insert-only row. Rows arriving for windows that already fired are late: dropped and counted.
 * Over a PROCTIME() attribute the windows are those of the clock when rows arrive and fire when
 * processing time reaches their end (see {@link WindowTime}). Output: the group fields, the calls,
 * then the window properties.
 */
public final class WindowAggregateNode extends KeyedAggregateNode {

  private final int rowtimeField;
  private final WindowTime time;
  private final WindowSpec window;
  private final List<AggregateCall> calls;
  private final List<WindowProperty> properties;

  /**
   * @param rowType the group fields, one field per call, then the window properties
   * @param groupFields the input indexes of the group key, without the window
   * @param rowtimeField the input index of the time attribute
   * @param time whether that attribute is a rowtime or a processing-time attribute
   */
  public WindowAggregateNode(PhysicalNode input, RelDataType rowType, int[] groupFields,
      int rowtimeField, WindowTime time, WindowSpec window, List<AggregateCall> calls,
      List<WindowProperty> properties) {
    super(input, rowType, groupFields, ChangelogMode.INSERT_ONLY);
    this.rowtimeField = rowtimeField;
    this.time = requireNonNull(time, "time is null");
    if (time == WindowTime.PROCESSING_TIME && window.kind() == WindowSpec.Kind.SESSION) {
      throw new IllegalArgumentException("processing-time session windows are not supported");
    }
    this.window = requireNonNull(window, "window is null");
    this.calls = List.copyOf(requireNonNull(calls, "calls is null"));
    this.properties = List.copyOf(requireNonNull(properties, "properties is null"));
  }

  @Override
  public String name() {
    return "WindowAggregate";
  }

  @Override
  public String attributes() {
    List<String> inputNames = input().rowType().getFieldNames();
    String keys = AggregateText.fields(groupFields(), inputNames);
    List<String> select = new ArrayList<>();
    if (!keys.isEmpty()) {
      select.add(keys);
    }
    if (!calls.isEmpty()) {
      select.add(AggregateText.calls(calls, inputNames));
    }
    properties.forEach(property -> select.add(property.name().toLowerCase(Locale.ROOT)));
    String common = (keys.isEmpty() ? "" : "groupBy=[" + keys + "], ")
        + "window=[" + window + ", time_col=[" + inputNames.get(rowtimeField) + "]"
        + (time == WindowTime.PROCESSING_TIME ? ", proctime" : "") + "], "
        + "select=[" + String.join(", ", select) + "], ";
    return time == WindowTime.PROCESSING_TIME
        ? common + "emit=[on processing time past window end, open windows dropped at end of input]"
        : common + "emit=[on watermark past window end], "
            + "late=[drop, count " + WindowAggregateOperator.LATE_RECORDS_DROPPED + "]";
  }

  @Override
  public String state() {
    return window.kind() == WindowSpec.Kind.SESSION
        ? "per key: open sessions and their rows, until the session fires"
        : "per key and window: accumulators, until the window fires";
  }

  @Override
  public int translate(TranslationContext context) {
    AggregateCode code = context.aggregateCode("WindowAggregate", input().rowSchema(),
        groupFields(), calls, false);
    OperatorFactory factory = window.kind() == WindowSpec.Kind.SESSION
        ? SessionWindowAggregateOperator.factory(input().rowSchema(), groupFields(), rowtimeField,
            window.size(), calls, properties, code)
        : WindowAggregateOperator.factory(input().rowSchema(), groupFields(), rowtimeField,
            time, window.assigner(), calls, properties, code);
    return context.addOperator(this, factory);
  }
}

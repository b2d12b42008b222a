package io.eddy.planner.physical.nodes;

import static java.util.Objects.requireNonNull;

import io.eddy.planner.physical.ChangelogMode;
import io.eddy.planner.physical.InputDistribution;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.aggregate.AggregateCode;
import io.eddy.runtime.operators.aggregate.AggregateKind;
import io.eddy.runtime.operators.over.OverAggregateOperator;
import io.eddy.runtime.operators.over.OverFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.calcite.rel.type.RelDataType;

/**
 * An OVER aggregation ({@code agg(x) OVER (PARTITION BY ... ORDER BY time ROWS|RANGE ...)}): each input
 * row once, with the aggregate results appended (Flink's OverAggregate). Rows are hashed by the
 * partition fields; without PARTITION BY the node runs on one subtask. Append-only in and out.
 */
public final class OverAggregateNode extends PhysicalNode {

  private final int[] partitionFields;
  private final int timeField;
  private final boolean eventTime;
  private final OverFrame frame;
  private final List<AggregateCall> calls;

  /**
   * @param input the append-only input
   * @param rowType the produced row: the input fields, then one field per call
   * @param partitionFields the input indexes of the PARTITION BY fields
   * @param timeField the input index of the ORDER BY time attribute
   * @param eventTime whether that attribute is event time (rowtime)
   * @param frame the frame, ending at the current row
   * @param calls the aggregate calls, over input fields
   */
  public OverAggregateNode(PhysicalNode input, RelDataType rowType, int[] partitionFields,
      int timeField, boolean eventTime, OverFrame frame, List<AggregateCall> calls) {
    super(rowType, List.of(input), ChangelogMode.INSERT_ONLY);
    this.partitionFields = requireNonNull(partitionFields, "partitionFields is null").clone();
    this.timeField = timeField;
    this.eventTime = eventTime;
    this.frame = requireNonNull(frame, "frame is null");
    this.calls = List.copyOf(requireNonNull(calls, "calls is null"));
    if (rowType.getFieldCount() != input.rowType().getFieldCount() + calls.size()) {
      throw new IllegalArgumentException(calls.size() + " calls over " + input.rowType()
          + " do not produce " + rowType);
    }
  }

  @Override
  public String name() {
    return "OverAggregate";
  }

  @Override
  public String attributes() {
    List<String> inputNames = input().rowType().getFieldNames();
    List<String> outputNames = rowType().getFieldNames();
    List<String> parts = new ArrayList<>();
    if (partitionFields.length > 0) {
      parts.add("partitionBy=[" + String.join(", ",
          IntStream.of(partitionFields).mapToObj(inputNames::get).toList()) + "]");
    }
    parts.add("orderBy=[" + inputNames.get(timeField) + " ASC" + (eventTime ? "" : " proctime") + "]");
    parts.add("window=[" + frameText() + "]");
    List<String> select = new ArrayList<>(inputNames);
    for (int i = 0; i < calls.size(); i++) {
      select.add(callText(calls.get(i), inputNames) + " AS " + outputNames.get(inputNames.size() + i));
    }
    parts.add("select=[" + String.join(", ", select) + "]");
    return String.join(", ", parts);
  }

  private String frameText() {
    String start;
    if (frame.unbounded()) {
      start = "UNBOUNDED";
    } else if (frame.unit() == OverFrame.Unit.RANGE) {
      start = frame.preceding() + " ms";
    } else {
      start = Long.toString(frame.preceding());
    }
    return frame.unit() + " BETWEEN " + start + " PRECEDING AND CURRENT ROW";
  }

  private static String callText(AggregateCall call, List<String> inputNames) {
    String arguments = call.kind() == AggregateKind.COUNT_STAR ? "*"
        : String.join(", ", call.arguments().stream().map(inputNames::get).toList());
    String name = switch (call.kind()) {
      case COUNT_STAR -> "COUNT";
      case SUM0 -> "$SUM0";
      default -> call.kind().name();
    };
    return name + "(" + (call.distinct() ? "DISTINCT " : "") + arguments + ")"
        + (call.filterField() >= 0 ? " FILTER " + inputNames.get(call.filterField()) : "");
  }

  @Override
  public String state() {
    if (!eventTime && frame.unbounded()) {
      return "accumulators per key";
    }
    return (eventTime ? "rows until the watermark, " : "") + "accumulators"
        + (frame.unbounded() ? "" : ", rows in frame") + " per key";
  }

  @Override
  public InputDistribution inputDistribution(int input) {
    return partitionFields.length == 0 ? InputDistribution.SINGLE
        : InputDistribution.hash(partitionFields, input().rowSchema());
  }

  @Override
  public int requiredParallelism() {
    return partitionFields.length == 0 ? 1 : 0;
  }

  @Override
  public int translate(TranslationContext context) {
    AggregateCode code = context.aggregateCode("OverAggregate", input().rowSchema(),
        partitionFields, calls, !frame.unbounded());
    return context.addOperator(this, OverAggregateOperator.factory(input().rowSchema(),
        partitionFields, timeField, eventTime, frame, calls, code));
  }
}

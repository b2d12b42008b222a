package io.eddy.planner.physical.convert;

import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.OverAggregateNode;
import io.eddy.planner.types.FieldTypes;
import io.eddy.planner.types.TimeIndicatorType;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.aggregate.AggregateKind;
import io.eddy.runtime.operators.over.OverFrame;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Window;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexWindowBound;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;

/**
 * A {@link Window} of aggregates becomes an {@link OverAggregateNode}: one window (partition, ORDER BY
 * one ascending time attribute, a frame from UNBOUNDED or n/interval PRECEDING to CURRENT ROW) over an
 * append-only input. Windows of only ROW_NUMBER/RANK/DENSE_RANK are left to the Top-N converter;
 * other forms are refused as unsupported, naming the construct.
 */
final class OverConverter implements NodeConverter {

  private static final Set<SqlKind> RANKING = EnumSet.of(SqlKind.ROW_NUMBER, SqlKind.RANK,
      SqlKind.DENSE_RANK);

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (!(node instanceof Window window)) {
      return Optional.empty();
    }
    boolean onlyRanking = window.groups.stream().flatMap(group -> group.aggCalls.stream())
        .allMatch(call -> RANKING.contains(call.getKind()));
    if (onlyRanking) {
      return Optional.empty();
    }
    if (window.groups.size() != 1) {
      throw unsupported("OVER aggregates over different windows in one SELECT are not supported",
          "Use one window (PARTITION BY, ORDER BY and frame) for all OVER aggregates");
    }
    Window.Group group = window.groups.get(0);
    RelDataType inputType = window.getInput().getRowType();
    int timeField = timeField(group, inputType);
    boolean eventTime = ((TimeIndicatorType) inputType.getFieldList().get(timeField).getType())
        .isEventTime();
    OverFrame frame = frame(window, group);
    List<AggregateCall> calls = new ArrayList<>();
    List<String> names = window.getRowType().getFieldNames();
    for (Window.RexWinAggCall call : group.aggCalls) {
      calls.add(aggregateCall(call, names.get(inputType.getFieldCount() + calls.size()), inputType));
    }
    PhysicalNode input = planner.convert(window.getInput());
    if (!input.changelogMode().isInsertOnly()) {
      throw unsupported("OVER aggregation over an updating input (" + input.changelogMode()
          + ") is not supported", "OVER aggregation needs an append-only input");
    }
    return Optional.of(new OverAggregateNode(input, window.getRowType(),
        group.keys.toArray(), timeField, eventTime, frame, calls));
  }

  private static int timeField(Window.Group group, RelDataType inputType) {
    List<RelFieldCollation> order = group.orderKeys.getFieldCollations();
    if (order.size() != 1) {
      throw unsupported(order.isEmpty() ? "OVER windows without ORDER BY are not supported"
          : "OVER windows ordered by several columns are not supported",
          "Order OVER windows by one time attribute (rowtime or proctime) ascending");
    }
    RelFieldCollation collation = order.get(0);
    String name = inputType.getFieldNames().get(collation.getFieldIndex());
    if (!(inputType.getFieldList().get(collation.getFieldIndex()).getType()
        instanceof TimeIndicatorType)) {
      throw unsupported("OVER windows ordered by '" + name + "' are not supported: '" + name
          + "' is not a time attribute", "Order OVER windows by a rowtime or proctime attribute");
    }
    if (collation.getDirection() != RelFieldCollation.Direction.ASCENDING) {
      throw unsupported("OVER windows ordered by '" + name + "' DESC are not supported",
          "Order OVER windows by their time attribute ascending");
    }
    return collation.getFieldIndex();
  }

  private static OverFrame frame(Window window, Window.Group group) {
    RexWindowBound upper = group.upperBound;
    RexWindowBound lower = group.lowerBound;
    if (!upper.isCurrentRow() || lower.isFollowing()) {
      throw unsupported("OVER window frames with FOLLOWING bounds are not supported",
          "End the frame at CURRENT ROW: ROWS|RANGE BETWEEN ... PRECEDING AND CURRENT ROW");
    }
    OverFrame.Unit unit = group.isRows ? OverFrame.Unit.ROWS : OverFrame.Unit.RANGE;
    if (lower.isUnbounded()) {
      return new OverFrame(unit, true, 0);
    }
    if (lower.isCurrentRow()) {
      return new OverFrame(unit, false, 0);
    }
    RexLiteral offset = constant(window, lower.getOffset());
    BigDecimal value = offset.getValueAs(BigDecimal.class);
    if (group.isRows) {
      return OverFrame.rows(value.longValueExact());
    }
    if (offset.getType().getSqlTypeName().getFamily() != SqlTypeFamily.INTERVAL_DAY_TIME) {
      throw unsupported("RANGE frames of " + offset + " PRECEDING are not supported",
          "RANGE frames over time take an interval such as INTERVAL '1' HOUR PRECEDING");
    }
    return OverFrame.range(Duration.ofMillis(value.longValueExact()));
  }

  private static RexLiteral constant(Window window, RexNode offset) {
    if (offset instanceof RexLiteral literal) {
      return literal;
    }
    if (offset instanceof RexInputRef reference) {
      int index = reference.getIndex() - window.getInput().getRowType().getFieldCount();
      if (index >= 0 && index < window.getConstants().size()) {
        return window.getConstants().get(index);
      }
    }
    throw unsupported("OVER window bounds that are not constants are not supported", null);
  }

  private static AggregateCall aggregateCall(Window.RexWinAggCall call, String name,
      RelDataType inputType) {
    SqlKind kind = call.getKind();
    int[] arguments = new int[call.getOperands().size()];
    for (int i = 0; i < arguments.length; i++) {
      if (!(call.getOperands().get(i) instanceof RexInputRef reference)
          || reference.getIndex() >= inputType.getFieldCount()) {
        throw unsupported(call.getOperator().getName()
            + " over a constant argument in an OVER window is not supported", null);
      }
      arguments[i] = reference.getIndex();
    }
    FieldType resultType = FieldTypes.of(call.getType());
    if (kind == SqlKind.COUNT && arguments.length == 0) {
      return AggregateCall.countStar(name);
    }
    FieldType argumentType = FieldTypes.of(inputType.getFieldList().get(arguments[0]).getType());
    AggregateCall result;
    if (kind == SqlKind.COUNT) {
      result = AggregateCall.count(name, argumentType, arguments);
    } else if (arguments.length == 1) {
      result = AggregateCall.of(name, aggregateKind(call), arguments[0], argumentType, resultType);
    } else {
      throw unsupported(call.getOperator().getName() + " with " + arguments.length
          + " arguments in an OVER window is not supported", null);
    }
    return call.distinct ? result.asDistinct() : result;
  }

  private static AggregateKind aggregateKind(Window.RexWinAggCall call) {
    return AggregateCalls.singleArgumentKind(call.getKind()).orElseThrow(() -> unsupported(
        call.getOperator().getName()
            + (RANKING.contains(call.getKind()) ? " together with aggregates" : "")
            + " in an OVER window is not supported", null));
  }

  private static PlannerException unsupported(String description, String hint) {
    return new PlannerException(PlannerException.Category.UNSUPPORTED, description, 0, 0, hint);
  }
}

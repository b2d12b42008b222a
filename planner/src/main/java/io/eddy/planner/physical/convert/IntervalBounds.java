package io.eddy.planner.physical.convert;

import io.eddy.planner.types.TimeIndicatorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;

/**
 * The time bounds of an interval join found in a join condition, as Flink finds them: two
 * comparisons of a left and a right time attribute of the same kind, shifted by constant intervals
 * ({@code l.ts BETWEEN r.ts - INTERVAL '1' HOUR AND r.ts}, {@code l.ts >= r.ts AND l.ts < r.ts +
 * INTERVAL '10' MINUTE}), bounding {@code l.ts - r.ts} from both sides. Strict comparisons move the
 * bound by one millisecond.
 *
 * @param leftTimeField the time attribute of the left input
 * @param rightTimeField the time attribute of the right input (a field of the right input)
 * @param eventTime whether both are rowtime attributes (else both are proctime attributes)
 * @param lowerBound the smallest allowed {@code l.ts - r.ts}, in milliseconds
 * @param upperBound the largest allowed {@code l.ts - r.ts}, in milliseconds
 * @param remaining the conjuncts of the condition other than the two bounds
 */
record IntervalBounds(int leftTimeField, int rightTimeField, boolean eventTime, long lowerBound,
    long upperBound, List<RexNode> remaining) {

  IntervalBounds {
    remaining = List.copyOf(remaining);
  }

  /** The bounds in {@code conjuncts} (over the left then right fields), or empty. */
  static Optional<IntervalBounds> find(List<RexNode> conjuncts, RelDataType joinRowType,
      int leftFieldCount) {
    List<Bound> bounds = new ArrayList<>();
    for (RexNode conjunct : conjuncts) {
      bound(conjunct, joinRowType, leftFieldCount).ifPresent(bounds::add);
    }
    for (Bound lower : bounds) {
      for (Bound upper : bounds) {
        if (lower.lower && !upper.lower && lower.left == upper.left
            && lower.right == upper.right) {
          List<RexNode> remaining = new ArrayList<>(conjuncts);
          remaining.remove(lower.conjunct);
          remaining.remove(upper.conjunct);
          boolean eventTime = ((TimeIndicatorType) joinRowType.getFieldList().get(lower.left)
              .getType()).isEventTime();
          return Optional.of(new IntervalBounds(lower.left, lower.right - leftFieldCount,
              eventTime, lower.millis, upper.millis, remaining));
        }
      }
    }
    return Optional.empty();
  }

  /** One side of the interval: {@code l.ts - r.ts >= millis} (lower) or {@code <= millis}. */
  private record Bound(RexNode conjunct, int left, int right, boolean lower, long millis) {
  }

  /** A time attribute shifted by a constant: {@code field + millis}. */
  private record Shifted(int field, long millis) {
  }

  private static Optional<Bound> bound(RexNode conjunct, RelDataType rowType, int leftCount) {
    SqlKind kind = conjunct.getKind();
    if (!(conjunct instanceof RexCall call) || call.getOperands().size() != 2
        || !(kind == SqlKind.GREATER_THAN_OR_EQUAL || kind == SqlKind.GREATER_THAN
        || kind == SqlKind.LESS_THAN_OR_EQUAL || kind == SqlKind.LESS_THAN)) {
      return Optional.empty();
    }
    Optional<Shifted> first = shifted(call.getOperands().get(0), rowType);
    Optional<Shifted> second = shifted(call.getOperands().get(1), rowType);
    if (first.isEmpty() || second.isEmpty()) {
      return Optional.empty();
    }
    Shifted a = first.get();
    Shifted b = second.get();
    boolean aLeft = a.field < leftCount;
    if (aLeft == (b.field < leftCount) || !sameKind(rowType, a.field, b.field)) {
      return Optional.empty();
    }
    // a + ca OP b + cb; as l - r OP' c
    boolean greater = kind == SqlKind.GREATER_THAN_OR_EQUAL || kind == SqlKind.GREATER_THAN;
    boolean strict = kind == SqlKind.GREATER_THAN || kind == SqlKind.LESS_THAN;
    long constant = aLeft ? b.millis - a.millis : a.millis - b.millis;
    boolean lower = aLeft == greater;
    long millis = strict ? (lower ? constant + 1 : constant - 1) : constant;
    int left = aLeft ? a.field : b.field;
    int right = aLeft ? b.field : a.field;
    return Optional.of(new Bound(conjunct, left, right, lower, millis));
  }

  private static boolean sameKind(RelDataType rowType, int a, int b) {
    RelDataType typeA = rowType.getFieldList().get(a).getType();
    RelDataType typeB = rowType.getFieldList().get(b).getType();
    return typeA instanceof TimeIndicatorType timeA && typeB instanceof TimeIndicatorType timeB
        && timeA.isEventTime() == timeB.isEventTime();
  }

  private static Optional<Shifted> shifted(RexNode expression, RelDataType rowType) {
    if (expression instanceof RexInputRef reference) {
      return rowType.getFieldList().get(reference.getIndex()).getType()
          instanceof TimeIndicatorType ? Optional.of(new Shifted(reference.getIndex(), 0))
          : Optional.empty();
    }
    if (!(expression instanceof RexCall call) || call.getOperands().size() != 2) {
      return Optional.empty();
    }
    boolean plus = call.getKind() == SqlKind.PLUS;
    boolean minus = call.getKind() == SqlKind.MINUS;
    if (!plus && !minus) {
      return Optional.empty();
    }
    RexNode first = call.getOperands().get(0);
    RexNode second = call.getOperands().get(1);
    Optional<Long> interval = intervalMillis(second);
    if (interval.isPresent()) {
      long millis = plus ? interval.get() : -interval.get();
      return shifted(first, rowType).map(s -> new Shifted(s.field, s.millis + millis));
    }
    Optional<Long> leading = intervalMillis(first);
    if (plus && leading.isPresent()) {
      return shifted(second, rowType).map(s -> new Shifted(s.field, s.millis + leading.get()));
    }
    return Optional.empty();
  }

  private static Optional<Long> intervalMillis(RexNode expression) {
    if (expression instanceof RexLiteral literal
        && literal.getType().getSqlTypeName().getFamily() == SqlTypeFamily.INTERVAL_DAY_TIME) {
      return Optional.ofNullable(literal.getValueAs(Long.class));
    }
    return Optional.empty();
  }
}

package io.eddy.planner.physical.convert;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Optional;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.Sarg;

/**
 * The row numbers a condition on the row number lets through, as a Top-N rank range:
 * {@code rownum <= 3} is 1..3, {@code rownum BETWEEN 2 AND 4} (a SEARCH) is 2..4. A condition that
 * lets through only part of its range ({@code rownum = 1 OR rownum = 3} spans 1..3) is not
 * {@link #exact()}: it must still be checked on the ranked rows.
 *
 * @param start the first row number, at least 1
 * @param end the last row number, {@link Long#MAX_VALUE} when unbounded
 * @param exact whether the condition lets every row number of the range through
 */
record RankBound(long start, long end, boolean exact) {

  /** The bound of {@code condition} on the field {@code rankField}, or empty if it is none. */
  static Optional<RankBound> of(RexNode condition, int rankField) {
    if (!(condition instanceof RexCall call) || call.getOperands().size() != 2) {
      return Optional.empty();
    }
    RexNode left = call.getOperands().get(0);
    RexNode right = call.getOperands().get(1);
    SqlKind kind = call.getKind();
    if (isField(right, rankField)) {
      kind = kind.reverse();
      RexNode swap = left;
      left = right;
      right = swap;
    }
    if (!isField(left, rankField) || !(right instanceof RexLiteral literal)) {
      return Optional.empty();
    }
    if (kind == SqlKind.SEARCH) {
      return search(literal.getValueAs(Sarg.class));
    }
    Long value = literal.getValueAs(Long.class);
    if (value == null) {
      return Optional.empty();
    }
    long n = value;
    return switch (kind) {
      case LESS_THAN -> Optional.of(new RankBound(1, n - 1, true));
      case LESS_THAN_OR_EQUAL -> Optional.of(new RankBound(1, n, true));
      case EQUALS -> Optional.of(new RankBound(n, n, true));
      case GREATER_THAN -> Optional.of(new RankBound(n + 1, Long.MAX_VALUE, true));
      case GREATER_THAN_OR_EQUAL -> Optional.of(new RankBound(n, Long.MAX_VALUE, true));
      default -> Optional.empty();
    };
  }

  /** Whether {@code node} is the field {@code index}. */
  static boolean isField(RexNode node, int index) {
    return node instanceof RexInputRef reference && reference.getIndex() == index;
  }

  private static Optional<RankBound> search(Sarg<?> sarg) {
    if (sarg == null || sarg.rangeSet.isEmpty()) {
      return Optional.empty();
    }
    Range<?> span = sarg.rangeSet.span();
    long start = span.hasLowerBound() ? first(span) : 1;
    long end = span.hasUpperBound() ? last(span) : Long.MAX_VALUE;
    boolean exact = sarg.rangeSet.asRanges().size() == 1;
    return Optional.of(new RankBound(Math.max(start, 1), end, exact));
  }

  private static long first(Range<?> range) {
    long value = ((BigDecimal) range.lowerEndpoint()).longValueExact();
    return range.lowerBoundType() == BoundType.OPEN ? value + 1 : value;
  }

  private static long last(Range<?> range) {
    long value = ((BigDecimal) range.upperEndpoint()).longValueExact();
    return range.upperBoundType() == BoundType.OPEN ? value - 1 : value;
  }
}

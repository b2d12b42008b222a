package io.eddy.planner.physical.convert;

import io.eddy.planner.PlannerException;
import io.eddy.planner.physical.NodeConverter;
import io.eddy.planner.physical.PhysicalNode;
import io.eddy.planner.physical.PhysicalPlanner;
import io.eddy.planner.physical.nodes.LimitNode;
import io.eddy.planner.physical.nodes.SortLimitNode;
import io.eddy.planner.physical.nodes.SortNode;
import io.eddy.planner.physical.nodes.ValuesNode;
import io.eddy.runtime.operators.rank.SortField;
import io.eddy.runtime.operators.rank.SortSpec;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * ORDER BY and LIMIT: {@code LIMIT 0} is an empty VALUES, LIMIT alone a {@link LimitNode}, ORDER BY
 * with LIMIT a {@link SortLimitNode}, ORDER BY an ascending rowtime a {@link SortNode}. Any other
 * ORDER BY without LIMIT would have to wait for the end of an endless stream, so it is refused, as
 * Flink does.
 */
final class SortConverter implements NodeConverter {

  @Override
  public Optional<PhysicalNode> convert(RelNode node, PhysicalPlanner planner) {
    if (!(node instanceof Sort sort)) {
      return Optional.empty();
    }
    long offset = count(sort.offset, 0, "OFFSET");
    long fetch = count(sort.fetch, -1, "LIMIT");
    if (fetch == 0) {
      return Optional.of(new ValuesNode(sort.getRowType(), List.of(),
          sort.getCluster().getTypeFactory()));
    }
    SortSpec order = Collations.sortSpec(sort.getCollation().getFieldCollations());
    if (fetch < 0) {
      return Optional.of(withoutLimit(sort, order, offset, planner));
    }
    PhysicalNode input = planner.convert(sort.getInput());
    return Optional.of(order.isEmpty() ? new LimitNode(input, offset, fetch)
        : new SortLimitNode(input, order, offset, fetch));
  }

  private static PhysicalNode withoutLimit(Sort sort, SortSpec order, long offset,
      PhysicalPlanner planner) {
    if (offset > 0) {
      throw unsupported("OFFSET without LIMIT is not supported on streams");
    }
    if (order.isEmpty()) {
      return planner.convert(sort.getInput());
    }
    SortField first = order.fields().get(0);
    RelDataType firstType = sort.getInput().getRowType().getFieldList().get(first.index())
        .getType();
    if (Collations.isProctime(firstType)) {
      throw unsupported("ORDER BY a processing-time attribute is not supported yet");
    }
    if (!Collations.isRowtime(firstType)) {
      throw unsupported("ORDER BY a non-time column without LIMIT is not supported on streams");
    }
    if (!first.ascending()) {
      throw unsupported("ORDER BY a time attribute DESC without LIMIT is not supported on streams");
    }
    PhysicalNode input = planner.convert(sort.getInput());
    if (!input.changelogMode().isInsertOnly()) {
      throw unsupported("ORDER BY rowtime over an updating input is not supported");
    }
    SortSpec secondary = new SortSpec(order.fields().subList(1, order.fields().size()));
    return new SortNode(input, first.index(), secondary);
  }

  /** The value of a LIMIT or OFFSET literal, or {@code absent} when there is none. */
  private static long count(RexNode value, long absent, String clause) {
    if (value == null) {
      return absent;
    }
    if (!(value instanceof RexLiteral literal)) {
      throw unsupported(clause + " must be a number literal");
    }
    Long number = literal.getValueAs(Long.class);
    if (number == null || number < 0) {
      throw unsupported(clause + " must not be negative");
    }
    return number;
  }

  private static PlannerException unsupported(String message) {
    return PlannerException.of(PlannerException.Category.UNSUPPORTED, message);
  }
}

package io.eddy.planner.schema;

import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexNode;

/** Turns a computed column's stored SQL expression into a row expression over a table scan. */
@FunctionalInterface
public interface ComputedColumnExpander {

  /** The expression over the fields of {@code input}, which are the table's stored columns. */
  RexNode expand(String expression, RelNode input);
}

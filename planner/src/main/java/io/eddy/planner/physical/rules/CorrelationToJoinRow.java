package io.eddy.planner.physical.rules;

import java.util.Set;
import org.apache.calcite.rel.core.CorrelationId;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;

/**
 * Rewrites an expression of a correlated right side (a subquery or a temporal table) over the
 * joined row: the right side's fields move after the left ones, and the left fields it reads
 * through a correlation variable become plain references to them.
 */
public final class CorrelationToJoinRow extends RexShuttle {

  private final Set<CorrelationId> correlations;
  private final int leftFieldCount;

  /**
   * @param correlations the correlation variables that stand for the left row; empty for any
   * @param leftFieldCount the number of left fields
   */
  public CorrelationToJoinRow(Set<CorrelationId> correlations, int leftFieldCount) {
    this.correlations = Set.copyOf(correlations);
    this.leftFieldCount = leftFieldCount;
  }

  @Override
  public RexNode visitInputRef(RexInputRef reference) {
    return new RexInputRef(leftFieldCount + reference.getIndex(), reference.getType());
  }

  @Override
  public RexNode visitFieldAccess(RexFieldAccess access) {
    if (access.getReferenceExpr() instanceof RexCorrelVariable variable
        && (correlations.isEmpty() || correlations.contains(variable.id))) {
      return new RexInputRef(access.getField().getIndex(), access.getType());
    }
    return super.visitFieldAccess(access);
  }
}

package io.eddy.planner.physical;

import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Correlate;
import org.apache.calcite.rel.core.Intersect;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.Match;
import org.apache.calcite.rel.core.Minus;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rel.core.Uncollect;
import org.apache.calcite.rel.core.Union;
import org.apache.calcite.rel.core.Window;

/** Names logical nodes the way a user wrote them, for "not supported" errors. */
final class UnsupportedNodes {

  private UnsupportedNodes() {
  }

  static String describe(RelNode node) {
    if (node instanceof Aggregate) {
      return "This aggregation (GROUP BY / DISTINCT)";
    } else if (node instanceof Join join) {
      return "A " + join.getJoinType() + " join with condition " + join.getCondition();
    } else if (node instanceof Correlate) {
      return "A correlated subquery or lateral join";
    } else if (node instanceof Sort) {
      return "ORDER BY / LIMIT / OFFSET here";
    } else if (node instanceof Window) {
      return "This OVER window";
    } else if (node instanceof TableFunctionScan scan) {
      return "The table function " + scan.getCall();
    } else if (node instanceof Union) {
      return "UNION without ALL";
    } else if (node instanceof Intersect) {
      return "INTERSECT";
    } else if (node instanceof Minus) {
      return "EXCEPT";
    } else if (node instanceof Uncollect) {
      return "UNNEST";
    } else if (node instanceof Match) {
      return "MATCH_RECOGNIZE";
    }
    return "The plan step " + node.getRelTypeName();
  }
}

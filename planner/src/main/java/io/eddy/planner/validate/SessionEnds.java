package io.eddy.planner.validate;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.util.Litmus;

/**
 * Rewrites {@code SESSION_END(ts, gap)} in a SELECT grouped by {@code SESSION(ts, gap)} into
 * {@code MAX(ts) + gap}, before validation. A session closes {@code gap} after its last row, so
 * that is Flink's SESSION_END; Calcite instead converts SESSION_END to the group key (the session's
 * start) typed as the rowtime, which gave wrong values and failed planning when an enclosing query
 * used the column (Nexmark q11 wrapped in an aggregate).
 */
final class SessionEnds extends SqlShuttle {

  private static final SessionEnds INSTANCE = new SessionEnds();

  private SessionEnds() {
  }

  /** {@code node} with the SESSION_END calls of session-grouped SELECTs rewritten. */
  static SqlNode rewrite(SqlNode node) {
    return node == null ? null : node.accept(INSTANCE);
  }

  @Override
  public SqlNode visit(SqlCall call) {
    if (call instanceof SqlSelect select && select.getGroup() != null) {
      for (SqlNode key : select.getGroup()) {
        if (key instanceof SqlCall group && isSession(group.getOperator().getName())
            && group.operandCount() == 2) {
          select.setSelectList((SqlNodeList) select.getSelectList().accept(new EndsOf(group)));
          if (select.getHaving() != null) {
            select.setHaving(select.getHaving().accept(new EndsOf(group)));
          }
        }
      }
    }
    return super.visit(call);
  }

  private static boolean isSession(String name) {
    return name.equalsIgnoreCase("SESSION") || name.equalsIgnoreCase("$SESSION");
  }

  /** Replaces {@code SESSION_END} calls with the operands of one SESSION group key. */
  private static final class EndsOf extends SqlShuttle {

    private final SqlCall group;

    EndsOf(SqlCall group) {
      this.group = group;
    }

    @Override
    public SqlNode visit(SqlCall call) {
      if (call.getKind() == SqlKind.SELECT) {
        return call;
      }
      if (call.getOperator().getName().equalsIgnoreCase("SESSION_END") && call.operandCount() == 2
          && call.operand(0).equalsDeep(group.operand(0), Litmus.IGNORE)
          && call.operand(1).equalsDeep(group.operand(1), Litmus.IGNORE)) {
        List<SqlNode> operands = call.getOperandList();
        SqlNode last = SqlStdOperatorTable.MAX.createCall(call.getParserPosition(), operands.get(0));
        return SqlStdOperatorTable.PLUS.createCall(call.getParserPosition(), last, operands.get(1));
      }
      return super.visit(call);
    }
  }
}

package io.eddy.planner.validate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.util.Util;

/**
 * Refuses, before validation, the query constructs Eddy does not run, naming the construct and
 * where it was written ({@code line 3, column 6: MATCH_RECOGNIZE is not supported}), rather than
 * failing later on a plan step the user never wrote.
 */
public final class UnsupportedSyntax {

  private static final Map<SqlKind, String> REFUSED = Map.of(
      SqlKind.MATCH_RECOGNIZE, "MATCH_RECOGNIZE",
      SqlKind.UNNEST, "UNNEST",
      SqlKind.MULTISET_VALUE_CONSTRUCTOR, "MULTISET[...]",
      SqlKind.MULTISET_QUERY_CONSTRUCTOR, "MULTISET(subquery)",
      SqlKind.ARRAY_QUERY_CONSTRUCTOR, "ARRAY(subquery)",
      SqlKind.MAP_QUERY_CONSTRUCTOR, "MAP(subquery)");

  private static final Set<SqlKind> GROUPING = Set.of(SqlKind.GROUPING_SETS, SqlKind.ROLLUP,
      SqlKind.CUBE);
  private static final Set<String> WINDOWS = Set.of("TUMBLE", "HOP", "CUMULATE", "SESSION");

  private UnsupportedSyntax() {
  }

  /**
   * GROUPING SETS, ROLLUP or CUBE over a window table function must group by window_start and
   * window_end outside of them (in every set), as in Flink: the aggregate is then a window
   * aggregate.
   */
  private static void checkWindowGroupingSets(SqlSelect select) {
    SqlNodeList group = select.getGroup();
    if (group == null || !isWindowTableFunction(select.getFrom())) {
      return;
    }
    Set<String> plain = new HashSet<>();
    SqlCall sets = null;
    for (SqlNode item : group) {
      if (item instanceof SqlIdentifier identifier) {
        plain.add(Util.last(identifier.names).toLowerCase(Locale.ROOT));
      } else if (item instanceof SqlCall call && GROUPING.contains(call.getKind())) {
        sets = sets == null ? call : sets;
      }
    }
    if (sets != null && !(plain.contains("window_start") && plain.contains("window_end"))) {
      throw ValidationErrors.unsupported(sets.getParserPosition(), sets.getOperator().getName()
          + " in a window aggregation without window_start and window_end among the plain"
          + " GROUP BY columns");
    }
  }

  private static boolean isWindowTableFunction(SqlNode from) {
    SqlNode node = from;
    if (node != null && node.getKind() == SqlKind.AS) {
      node = ((SqlCall) node).operand(0);
    }
    if (node == null || node.getKind() != SqlKind.COLLECTION_TABLE) {
      return false;
    }
    SqlNode function = ((SqlCall) node).operand(0);
    return function instanceof SqlCall call && WINDOWS.contains(
        call.getOperator().getName().toUpperCase(Locale.ROOT));
  }

  /** Throws a located "not supported" error for the first refused construct in {@code statement}. */
  public static void check(SqlNode statement) {
    statement.accept(new SqlBasicVisitor<Void>() {
      @Override
      public Void visit(SqlCall call) {
        String construct = REFUSED.get(call.getKind());
        if (construct != null) {
          throw ValidationErrors.unsupported(call.getParserPosition(), construct);
        }
        if (call instanceof SqlSelect select) {
          checkWindowGroupingSets(select);
        }
        return super.visit(call);
      }
    });
  }
}

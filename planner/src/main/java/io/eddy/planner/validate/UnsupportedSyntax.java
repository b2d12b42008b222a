package io.eddy.planner.validate;

import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;

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

  private UnsupportedSyntax() {
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
        return super.visit(call);
      }
    });
  }
}

package io.eddy.planner;

import io.eddy.planner.PlannerException.Category;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * Parses the query text the planner stores itself (view queries it expanded) with Flink's
 * lexical rules: backquoted identifiers, case kept, case-sensitive names.
 */
final class QueryParser {

  private static final SqlParser.Config CONFIG = SqlParser.config()
      .withQuoting(Quoting.BACK_TICK)
      .withUnquotedCasing(Casing.UNCHANGED)
      .withQuotedCasing(Casing.UNCHANGED)
      .withCaseSensitive(true);

  private QueryParser() {
  }

  /** The tree of a query. */
  static SqlNode parse(String sql) {
    try {
      return SqlParser.create(sql, CONFIG).parseQuery();
    } catch (SqlParseException error) {
      throw new PlannerException(Category.CATALOG,
          "Stored query does not parse: " + error.getMessage().lines().findFirst().orElse(""),
          error.getPos().getLineNum(), error.getPos().getColumnNum(), null);
    }
  }
}

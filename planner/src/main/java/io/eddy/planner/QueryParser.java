package io.eddy.planner;

import io.eddy.parser.EddySqlParser;
import io.eddy.parser.SqlParseError;
import io.eddy.planner.PlannerException.Category;
import org.apache.calcite.sql.SqlNode;

/**
 * Parses the SQL text the planner stored itself (view queries, computed columns, watermark
 * strategies) with Eddy's parser; a failure means the stored text is corrupt.
 */
final class QueryParser {

  private static final EddySqlParser PARSER = new EddySqlParser();

  private QueryParser() {
  }

  /** The tree of a statement or query. */
  static SqlNode parse(String sql) {
    try {
      return PARSER.parseStatement(sql);
    } catch (SqlParseError error) {
      throw new PlannerException(Category.CATALOG, "Stored SQL does not parse: "
          + error.getMessage(), 0, 0, null);
    }
  }

  /** The tree of a scalar expression. */
  static SqlNode parseExpression(String text) {
    try {
      return PARSER.parseExpression(text);
    } catch (SqlParseError error) {
      throw new PlannerException(Category.CATALOG, "Stored SQL does not parse: "
          + error.getMessage(), 0, 0, null);
    }
  }
}

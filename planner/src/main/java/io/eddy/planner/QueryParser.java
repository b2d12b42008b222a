package io.eddy.planner;

import io.eddy.parser.EddySqlParser;
import io.eddy.parser.SqlParseError;
import io.eddy.planner.PlannerException.Category;
import io.eddy.planner.validate.SqlReader;
import org.apache.calcite.sql.SqlNode;

/**
 * Parses the SQL text the planner stored itself (view queries, computed columns, watermark
 * strategies) with Eddy's parser; a failure means the stored text is corrupt.
 */
final class QueryParser implements SqlReader {

  /** The shared instance; the parser has no state. */
  static final QueryParser INSTANCE = new QueryParser();

  private static final EddySqlParser PARSER = new EddySqlParser();

  private QueryParser() {
  }

  @Override
  public SqlNode query(String sql) {
    return parse(sql);
  }

  @Override
  public SqlNode expression(String sql) {
    return parseExpression(sql);
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

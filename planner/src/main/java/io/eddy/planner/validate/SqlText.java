package io.eddy.planner.validate;

import io.eddy.parser.EddySqlParser;
import org.apache.calcite.sql.SqlNode;

/**
 * Prints SQL trees back to Flink SQL text in the parser's dialect (backquoted identifiers,
 * case kept) on one line, so stored expressions and view queries re-parse to the same tree.
 */
public final class SqlText {

  private SqlText() {
  }

  /** The SQL text of a tree, on one line. */
  public static String of(SqlNode node) {
    return EddySqlParser.toSql(node).replaceAll("\\s*\\n\\s*", " ");
  }
}

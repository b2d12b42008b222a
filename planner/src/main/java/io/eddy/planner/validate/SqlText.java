package io.eddy.planner.validate;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.dialect.CalciteSqlDialect;

/**
 * Prints SQL trees back to Flink SQL text with backquoted identifiers and unchanged case, so
 * stored expressions and view queries re-parse to the same tree.
 */
public final class SqlText {

  private static final SqlDialect DIALECT = new CalciteSqlDialect(SqlDialect.EMPTY_CONTEXT
      .withIdentifierQuoteString("`")
      .withQuotedCasing(Casing.UNCHANGED)
      .withUnquotedCasing(Casing.UNCHANGED));

  private SqlText() {
  }

  /** The SQL text of a tree, on one line. */
  public static String of(SqlNode node) {
    return node.toSqlString(config -> config.withDialect(DIALECT).withClauseStartsLine(false)
        .withIndentation(0).withLineFolding(null).withQuoteAllIdentifiers(true)).getSql()
        .replaceAll("\\s*\\n\\s*", " ");
  }
}

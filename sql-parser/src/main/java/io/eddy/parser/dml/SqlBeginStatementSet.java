package io.eddy.parser.dml;

import io.eddy.parser.SqlKeywordStatement;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code BEGIN STATEMENT SET} on its own, opening a statement set. */
public final class SqlBeginStatementSet extends SqlKeywordStatement {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("BEGIN STATEMENT SET", SqlKind.OTHER);

    public SqlBeginStatementSet(SqlParserPos pos) {
        super(pos, OPERATOR);
    }
}

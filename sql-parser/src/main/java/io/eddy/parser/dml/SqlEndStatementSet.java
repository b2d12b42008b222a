package io.eddy.parser.dml;

import io.eddy.parser.SqlKeywordStatement;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code END} on its own, closing the open statement set. */
public final class SqlEndStatementSet extends SqlKeywordStatement {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("END", SqlKind.OTHER);

    public SqlEndStatementSet(SqlParserPos pos) {
        super(pos, OPERATOR);
    }
}

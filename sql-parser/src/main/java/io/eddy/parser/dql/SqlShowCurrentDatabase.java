package io.eddy.parser.dql;

import io.eddy.parser.SqlKeywordStatement;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code SHOW CURRENT DATABASE}. */
public final class SqlShowCurrentDatabase extends SqlKeywordStatement {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("SHOW CURRENT DATABASE", SqlKind.OTHER);

    public SqlShowCurrentDatabase(SqlParserPos pos) {
        super(pos, OPERATOR);
    }
}

package io.eddy.parser.dql;

import io.eddy.parser.SqlKeywordStatement;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code SHOW CURRENT CATALOG}. */
public final class SqlShowCurrentCatalog extends SqlKeywordStatement {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("SHOW CURRENT CATALOG", SqlKind.OTHER);

    public SqlShowCurrentCatalog(SqlParserPos pos) {
        super(pos, OPERATOR);
    }
}

package io.eddy.parser.dql;

import io.eddy.parser.SqlKeywordStatement;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code SHOW CATALOGS}. */
public final class SqlShowCatalogs extends SqlKeywordStatement {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("SHOW CATALOGS", SqlKind.OTHER);

    public SqlShowCatalogs(SqlParserPos pos) {
        super(pos, OPERATOR);
    }
}

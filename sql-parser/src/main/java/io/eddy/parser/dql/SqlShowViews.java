package io.eddy.parser.dql;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code SHOW VIEWS [FROM|IN [catalog.]db] [[NOT] LIKE 'pattern']}. */
public final class SqlShowViews extends SqlShowObjects {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("SHOW VIEWS", SqlKind.OTHER);

    public SqlShowViews(SqlParserPos pos, String preposition, SqlIdentifier scope, boolean notLike,
            SqlNode likePattern) {
        super(pos, OPERATOR, preposition, scope, notLike, likePattern);
    }
}

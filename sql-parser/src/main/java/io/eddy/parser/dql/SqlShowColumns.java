package io.eddy.parser.dql;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code SHOW COLUMNS FROM|IN [catalog.][db.]table [[NOT] LIKE 'pattern']}. */
public final class SqlShowColumns extends SqlShowObjects {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("SHOW COLUMNS", SqlKind.OTHER);

    public SqlShowColumns(SqlParserPos pos, String preposition, SqlIdentifier scope, boolean notLike,
            SqlNode likePattern) {
        super(pos, OPERATOR, preposition, scope, notLike, likePattern);
    }
}

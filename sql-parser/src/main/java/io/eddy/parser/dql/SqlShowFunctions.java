package io.eddy.parser.dql;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code SHOW [USER] FUNCTIONS [FROM|IN [catalog.]db] [[NOT] LIKE 'pattern']}. */
public final class SqlShowFunctions extends SqlShowObjects {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("SHOW FUNCTIONS", SqlKind.OTHER);
    public static final SqlOperator USER_OPERATOR = new SqlSpecialOperator("SHOW USER FUNCTIONS", SqlKind.OTHER);

    private final boolean userOnly;

    public SqlShowFunctions(SqlParserPos pos, boolean userOnly, String preposition, SqlIdentifier scope,
            boolean notLike, SqlNode likePattern) {
        super(pos, userOnly ? USER_OPERATOR : OPERATOR, preposition, scope, notLike, likePattern);
        this.userOnly = userOnly;
    }

    /** True for {@code SHOW USER FUNCTIONS}: only user-defined functions, no built-ins. */
    public boolean userOnly() {
        return userOnly;
    }
}

package io.eddy.parser.dql;

import io.eddy.parser.SqlKeywordStatement;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code SHOW JOBS}. */
public final class SqlShowJobs extends SqlKeywordStatement {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("SHOW JOBS", SqlKind.OTHER);

    public SqlShowJobs(SqlParserPos pos) {
        super(pos, OPERATOR);
    }
}

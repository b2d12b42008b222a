package io.eddy.parser.dql;

import io.eddy.parser.SqlNamedStatement;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code SHOW CREATE TABLE name}. */
public final class SqlShowCreateTable extends SqlNamedStatement {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("SHOW CREATE TABLE", SqlKind.OTHER);

    public SqlShowCreateTable(SqlParserPos pos, SqlIdentifier name) {
        super(pos, OPERATOR, name);
    }
}

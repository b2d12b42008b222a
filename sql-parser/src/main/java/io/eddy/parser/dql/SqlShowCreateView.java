package io.eddy.parser.dql;

import io.eddy.parser.SqlNamedStatement;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code SHOW CREATE VIEW name}. */
public final class SqlShowCreateView extends SqlNamedStatement {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("SHOW CREATE VIEW", SqlKind.OTHER);

    public SqlShowCreateView(SqlParserPos pos, SqlIdentifier name) {
        super(pos, OPERATOR, name);
    }
}

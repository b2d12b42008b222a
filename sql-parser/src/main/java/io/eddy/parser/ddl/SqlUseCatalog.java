package io.eddy.parser.ddl;

import io.eddy.parser.SqlNamedStatement;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code USE CATALOG name}. */
public final class SqlUseCatalog extends SqlNamedStatement {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("USE CATALOG", SqlKind.OTHER);

    public SqlUseCatalog(SqlParserPos pos, SqlIdentifier name) {
        super(pos, OPERATOR, name);
    }

    public String catalogName() {
        return fullName().get(0);
    }
}

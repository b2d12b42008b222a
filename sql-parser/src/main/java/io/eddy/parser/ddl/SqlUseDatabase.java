package io.eddy.parser.ddl;

import io.eddy.parser.SqlNamedStatement;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code USE [catalog.]db}. */
public final class SqlUseDatabase extends SqlNamedStatement {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("USE", SqlKind.OTHER);

    public SqlUseDatabase(SqlParserPos pos, SqlIdentifier name) {
        super(pos, OPERATOR, name);
    }
}

package io.eddy.parser.ddl;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code DROP [TEMPORARY [SYSTEM]] FUNCTION [IF EXISTS] name}. */
public final class SqlDropFunction extends SqlDropObject {

    public SqlDropFunction(SqlParserPos pos, SqlIdentifier name, boolean ifExists, boolean temporary, boolean system) {
        super(pos, ObjectKind.FUNCTION, name, ifExists, temporary, system, false);
    }
}

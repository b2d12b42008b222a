package io.eddy.parser.ddl;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code DROP [TEMPORARY] VIEW [IF EXISTS] name}. */
public final class SqlDropView extends SqlDropObject {

    public SqlDropView(SqlParserPos pos, SqlIdentifier name, boolean ifExists, boolean temporary) {
        super(pos, ObjectKind.VIEW, name, ifExists, temporary, false, false);
    }
}

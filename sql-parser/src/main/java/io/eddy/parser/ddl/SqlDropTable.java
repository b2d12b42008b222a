package io.eddy.parser.ddl;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code DROP [TEMPORARY] TABLE [IF EXISTS] name}. */
public final class SqlDropTable extends SqlDropObject {

    public SqlDropTable(SqlParserPos pos, SqlIdentifier name, boolean ifExists, boolean temporary) {
        super(pos, ObjectKind.TABLE, name, ifExists, temporary, false, false);
    }
}

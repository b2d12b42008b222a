package io.eddy.parser.ddl;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code DROP DATABASE [IF EXISTS] name [RESTRICT | CASCADE]}. */
public final class SqlDropDatabase extends SqlDropObject {

    public SqlDropDatabase(SqlParserPos pos, SqlIdentifier name, boolean ifExists, boolean cascade) {
        super(pos, ObjectKind.DATABASE, name, ifExists, false, false, cascade);
    }
}

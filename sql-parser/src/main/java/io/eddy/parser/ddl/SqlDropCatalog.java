package io.eddy.parser.ddl;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code DROP CATALOG [IF EXISTS] name}. */
public final class SqlDropCatalog extends SqlDropObject {

    public SqlDropCatalog(SqlParserPos pos, SqlIdentifier name, boolean ifExists) {
        super(pos, ObjectKind.CATALOG, name, ifExists, false, false, false);
    }
}

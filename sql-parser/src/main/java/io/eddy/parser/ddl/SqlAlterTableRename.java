package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

import io.eddy.parser.SqlNodes;

/** {@code ALTER TABLE [IF EXISTS] name RENAME TO new_name}. */
public final class SqlAlterTableRename extends SqlAlterTable {

    private final SqlIdentifier newName;

    public SqlAlterTableRename(SqlParserPos pos, SqlIdentifier name, boolean ifExists, SqlIdentifier newName) {
        super(pos, name, ifExists);
        this.newName = requireNonNull(newName, "newName is null");
    }

    public List<String> newName() {
        return SqlNodes.names(newName);
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(nameNode(), ifExistsFlag(), newName);
    }

    @Override
    protected void unparseChange(SqlWriter writer) {
        writer.keyword("RENAME TO");
        newName.unparse(writer, 0, 0);
    }
}

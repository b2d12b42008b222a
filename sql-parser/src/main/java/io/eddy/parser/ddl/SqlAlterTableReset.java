package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

import io.eddy.parser.SqlNodes;

/** {@code ALTER TABLE [IF EXISTS] name RESET ('k', ...)}. */
public final class SqlAlterTableReset extends SqlAlterTable {

    private final SqlNodeList keys;

    public SqlAlterTableReset(SqlParserPos pos, SqlIdentifier name, boolean ifExists, SqlNodeList keys) {
        super(pos, name, ifExists);
        this.keys = requireNonNull(keys, "keys is null");
    }

    /** The option keys to reset, in the order written. */
    public List<String> keys() {
        return SqlNodes.stringValues(keys);
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(nameNode(), ifExistsFlag(), keys);
    }

    @Override
    protected void unparseChange(SqlWriter writer) {
        writer.keyword("RESET");
        SqlNodes.unparseParenthesized(writer, keys);
    }
}

package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

import io.eddy.parser.SqlNodes;

/** {@code ALTER TABLE [IF EXISTS] name SET ('k' = 'v', ...)}. */
public final class SqlAlterTableSet extends SqlAlterTable {

    private final SqlNodeList options;

    public SqlAlterTableSet(SqlParserPos pos, SqlIdentifier name, boolean ifExists, SqlNodeList options) {
        super(pos, name, ifExists);
        this.options = requireNonNull(options, "options is null");
    }

    /** The options to set, in the order written. */
    public Map<String, String> options() {
        return SqlNodes.options(options);
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(nameNode(), ifExistsFlag(), options);
    }

    @Override
    protected void unparseChange(SqlWriter writer) {
        writer.keyword("SET");
        SqlNodes.unparseParenthesized(writer, options);
    }
}

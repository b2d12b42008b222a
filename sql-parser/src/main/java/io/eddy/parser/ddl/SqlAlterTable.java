package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

import io.eddy.parser.SqlNodes;

/** {@code ALTER TABLE [IF EXISTS] name ...}; subclasses hold what is changed. */
public abstract sealed class SqlAlterTable extends SqlCall
        permits SqlAlterTableRename, SqlAlterTableSet, SqlAlterTableReset {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("ALTER TABLE", SqlKind.ALTER_TABLE);

    private final SqlIdentifier name;
    private final boolean ifExists;

    protected SqlAlterTable(SqlParserPos pos, SqlIdentifier name, boolean ifExists) {
        super(pos);
        this.name = requireNonNull(name, "name is null");
        this.ifExists = ifExists;
    }

    public List<String> fullName() {
        return SqlNodes.names(name);
    }

    public boolean ifExists() {
        return ifExists;
    }

    protected SqlIdentifier nameNode() {
        return name;
    }

    protected SqlNode ifExistsFlag() {
        return SqlNodes.flag(ifExists);
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("ALTER TABLE");
        if (ifExists) {
            writer.keyword("IF EXISTS");
        }
        name.unparse(writer, 0, 0);
        unparseChange(writer);
    }

    /** Writes the part after the table name. */
    protected abstract void unparseChange(SqlWriter writer);
}

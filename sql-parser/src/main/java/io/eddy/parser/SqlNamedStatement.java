package io.eddy.parser;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A statement made of keywords and one object name, such as {@code USE CATALOG c} or
 * {@code SHOW CREATE TABLE t}; the keywords are its operator's name.
 */
public abstract class SqlNamedStatement extends SqlCall {

    private final SqlOperator operator;
    private final SqlIdentifier name;

    protected SqlNamedStatement(SqlParserPos pos, SqlOperator operator, SqlIdentifier name) {
        super(pos);
        this.operator = requireNonNull(operator, "operator is null");
        this.name = requireNonNull(name, "name is null");
    }

    /** The name parts as written, e.g. {@code [catalog, db, table]}. */
    public List<String> fullName() {
        return SqlNodes.names(name);
    }

    @Override
    public SqlOperator getOperator() {
        return operator;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(name);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword(operator.getName());
        name.unparse(writer, 0, 0);
    }
}

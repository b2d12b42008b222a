package io.eddy.parser;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A statement that is only keywords, such as {@code SHOW CATALOGS} or {@code END}; the keywords are
 * its operator's name.
 */
public abstract class SqlKeywordStatement extends SqlCall {

    private final SqlOperator operator;

    protected SqlKeywordStatement(SqlParserPos pos, SqlOperator operator) {
        super(pos);
        this.operator = requireNonNull(operator, "operator is null");
    }

    @Override
    public SqlOperator getOperator() {
        return operator;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of();
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword(operator.getName());
    }
}

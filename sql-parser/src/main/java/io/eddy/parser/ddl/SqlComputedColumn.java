package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

import io.eddy.parser.SqlNodes;

/** A computed column {@code name AS expression [COMMENT '...']}. */
public final class SqlComputedColumn extends SqlTableColumn {

    private final SqlNode expression;

    public SqlComputedColumn(SqlParserPos pos, SqlIdentifier name, SqlNode expression, SqlNode comment) {
        super(pos, name, comment);
        this.expression = requireNonNull(expression, "expression is null");
    }

    public SqlNode expression() {
        return expression;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return ImmutableNullableList.of(nameNode(), expression, commentNode());
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        nameNode().unparse(writer, 0, 0);
        writer.keyword("AS");
        expression.unparse(writer, 0, 0);
        SqlNodes.unparseComment(writer, commentNode());
    }
}

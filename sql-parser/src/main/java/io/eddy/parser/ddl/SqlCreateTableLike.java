package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

/** {@code CREATE TABLE ... LIKE source [(options)]}: a table derived from another one. */
public final class SqlCreateTableLike extends SqlCreateTable {

    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("CREATE TABLE LIKE", SqlKind.CREATE_TABLE);

    private final SqlTableLike like;

    public SqlCreateTableLike(SqlParserPos pos, Definition definition, SqlTableLike like) {
        super(OPERATOR, pos, definition);
        this.like = requireNonNull(like, "like is null");
    }

    public SqlTableLike like() {
        return like;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return ImmutableNullableList.<SqlNode>builder().addAll(super.getOperandList()).add(like).build();
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        super.unparse(writer, leftPrec, rightPrec);
        like.unparse(writer, 0, 0);
    }
}

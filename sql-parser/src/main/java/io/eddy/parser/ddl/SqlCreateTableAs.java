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

/** {@code CREATE TABLE ... [WITH (...)] AS query}: a table created and filled from a query. */
public final class SqlCreateTableAs extends SqlCreateTable {

    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("CREATE TABLE AS", SqlKind.CREATE_TABLE);

    private final SqlNode query;

    public SqlCreateTableAs(SqlParserPos pos, Definition definition, SqlNode query) {
        super(OPERATOR, pos, definition);
        this.query = requireNonNull(query, "query is null");
    }

    public SqlNode query() {
        return query;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return ImmutableNullableList.<SqlNode>builder().addAll(super.getOperandList()).add(query).build();
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        super.unparse(writer, leftPrec, rightPrec);
        writer.keyword("AS");
        writer.newlineAndIndent();
        query.unparse(writer, 0, 0);
    }
}

package io.eddy.parser.dml;

import java.util.ArrayList;
import java.util.List;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * {@code [EXECUTE] STATEMENT SET BEGIN insert; insert; ... END}: INSERTs submitted as one job.
 */
public final class SqlStatementSet extends SqlCall {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("STATEMENT SET", SqlKind.OTHER);

    private final SqlNodeList inserts;

    public SqlStatementSet(SqlParserPos pos, SqlNodeList inserts) {
        super(pos);
        if (inserts.isEmpty()) {
            throw new IllegalArgumentException("a statement set needs at least one INSERT");
        }
        this.inserts = inserts;
    }

    public List<SqlRichInsert> inserts() {
        List<SqlRichInsert> list = new ArrayList<>();
        inserts.forEach(node -> list.add((SqlRichInsert) node));
        return List.copyOf(list);
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(inserts);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("EXECUTE STATEMENT SET");
        writer.keyword("BEGIN");
        for (SqlNode insert : inserts) {
            writer.newlineAndIndent();
            insert.unparse(writer, 0, 0);
            writer.print(";");
        }
        writer.newlineAndIndent();
        writer.keyword("END");
    }
}

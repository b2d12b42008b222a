package io.eddy.parser.dql;

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

/** {@code DESCRIBE|DESC [EXTENDED] [catalog.][db.]name}. */
public final class SqlDescribe extends SqlCall {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("DESCRIBE", SqlKind.OTHER);

    private final SqlIdentifier name;
    private final boolean extended;

    public SqlDescribe(SqlParserPos pos, SqlIdentifier name, boolean extended) {
        super(pos);
        this.name = requireNonNull(name, "name is null");
        this.extended = extended;
    }

    public List<String> fullName() {
        return SqlNodes.names(name);
    }

    public boolean isExtended() {
        return extended;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(name, SqlNodes.flag(extended));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("DESCRIBE");
        if (extended) {
            writer.keyword("EXTENDED");
        }
        name.unparse(writer, 0, 0);
    }
}

package io.eddy.parser.statement;

import java.util.List;
import java.util.Optional;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

import io.eddy.parser.SqlNodes;

/** {@code RESET} (all session keys) or {@code RESET 'key'}. */
public final class SqlReset extends SqlCall {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("RESET", SqlKind.OTHER);

    private final SqlNode key;

    public SqlReset(SqlParserPos pos, SqlNode key) {
        super(pos);
        this.key = key;
    }

    /** The key, or empty for a bare {@code RESET}. */
    public Optional<String> key() {
        return Optional.ofNullable(SqlNodes.stringValue(key));
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return ImmutableNullableList.of(key);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("RESET");
        if (key != null) {
            key.unparse(writer, 0, 0);
        }
    }
}

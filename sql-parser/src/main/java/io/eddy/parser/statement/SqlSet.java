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

/** {@code SET} (lists the session configuration) or {@code SET 'key' = 'value'}. */
public final class SqlSet extends SqlCall {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("SET", SqlKind.OTHER);

    private final SqlNode key;
    private final SqlNode value;

    public SqlSet(SqlParserPos pos, SqlNode key, SqlNode value) {
        super(pos);
        if ((key == null) != (value == null)) {
            throw new IllegalArgumentException("SET needs both a key and a value, or neither");
        }
        this.key = key;
        this.value = value;
    }

    /** The key, or empty for a bare {@code SET}. */
    public Optional<String> key() {
        return Optional.ofNullable(SqlNodes.stringValue(key));
    }

    public Optional<String> value() {
        return Optional.ofNullable(SqlNodes.stringValue(value));
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return ImmutableNullableList.of(key, value);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("SET");
        if (key != null) {
            key.unparse(writer, 0, 0);
            writer.keyword("=");
            value.unparse(writer, 0, 0);
        }
    }
}

package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

import io.eddy.parser.SqlNodes;

/**
 * One {@code 'key' = 'value'} entry of a {@code WITH (...)} or {@code SET (...)} list, or one
 * {@code column = literal} entry of an INSERT's {@code PARTITION (...)}.
 */
public final class SqlOption extends SqlCall {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("OPTION", SqlKind.OTHER);

    private final SqlNode key;
    private final SqlNode value;

    public SqlOption(SqlParserPos pos, SqlNode key, SqlNode value) {
        super(pos);
        this.key = requireNonNull(key, "key is null");
        this.value = requireNonNull(value, "value is null");
    }

    /** The key: the string, or the column name of a partition entry. */
    public String key() {
        return key instanceof SqlIdentifier identifier ? identifier.getSimple() : SqlNodes.stringValue(key);
    }

    /** The value as a string (a number or boolean partition value in its SQL spelling). */
    public String value() {
        return ((SqlLiteral) value).toValue();
    }

    public SqlNode valueNode() {
        return value;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(key, value);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        key.unparse(writer, leftPrec, rightPrec);
        writer.keyword("=");
        value.unparse(writer, leftPrec, rightPrec);
    }
}

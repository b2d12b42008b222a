package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

import io.eddy.parser.SqlNodes;

/**
 * A column in {@code CREATE TABLE}: physical ({@link SqlPhysicalColumn}), computed
 * ({@link SqlComputedColumn}) or metadata ({@link SqlMetadataColumn}).
 */
public abstract sealed class SqlTableColumn extends SqlCall
        permits SqlPhysicalColumn, SqlComputedColumn, SqlMetadataColumn {

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("COLUMN", SqlKind.COLUMN_DECL);

    private final SqlIdentifier name;
    private final SqlNode comment;

    protected SqlTableColumn(SqlParserPos pos, SqlIdentifier name, SqlNode comment) {
        super(pos);
        this.name = requireNonNull(name, "name is null");
        this.comment = comment;
    }

    public SqlIdentifier nameNode() {
        return name;
    }

    /** The column name as written. */
    public String name() {
        return name.getSimple();
    }

    /** The column comment, or null. */
    public String comment() {
        return SqlNodes.stringValue(comment);
    }

    protected SqlNode commentNode() {
        return comment;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }
}

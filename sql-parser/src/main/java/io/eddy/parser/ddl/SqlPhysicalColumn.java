package io.eddy.parser.ddl;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

import io.eddy.parser.SqlNodes;
import io.eddy.parser.type.TypeSpecs;

/** A physical column {@code name TYPE [NOT NULL] [COMMENT '...']}. */
public final class SqlPhysicalColumn extends SqlTableColumn {

    private final SqlDataTypeSpec type;

    public SqlPhysicalColumn(SqlParserPos pos, SqlIdentifier name, SqlDataTypeSpec type, SqlNode comment) {
        super(pos, name, comment);
        this.type = requireNonNull(type, "type is null");
    }

    /** The declared type; {@code getNullable()} is FALSE for {@code NOT NULL}. */
    public SqlDataTypeSpec type() {
        return type;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return ImmutableNullableList.of(nameNode(), type, commentNode());
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        nameNode().unparse(writer, 0, 0);
        TypeSpecs.unparse(writer, type);
        SqlNodes.unparseComment(writer, commentNode());
    }
}

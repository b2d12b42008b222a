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

/** A metadata column {@code name TYPE METADATA [FROM 'key'] [VIRTUAL] [COMMENT '...']}. */
public final class SqlMetadataColumn extends SqlTableColumn {

    private final SqlDataTypeSpec type;
    private final SqlNode metadataKey;
    private final boolean virtual;

    public SqlMetadataColumn(SqlParserPos pos, SqlIdentifier name, SqlDataTypeSpec type,
            SqlNode metadataKey, boolean virtual, SqlNode comment) {
        super(pos, name, comment);
        this.type = requireNonNull(type, "type is null");
        this.metadataKey = metadataKey;
        this.virtual = virtual;
    }

    public SqlDataTypeSpec type() {
        return type;
    }

    /** The key given with {@code FROM 'key'}, or null when the column name is the key. */
    public String metadataKey() {
        return SqlNodes.stringValue(metadataKey);
    }

    /** True for {@code VIRTUAL}: readable, never written to a sink. */
    public boolean isVirtual() {
        return virtual;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return ImmutableNullableList.of(nameNode(), type, metadataKey, SqlNodes.flag(virtual), commentNode());
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        nameNode().unparse(writer, 0, 0);
        TypeSpecs.unparse(writer, type);
        writer.keyword("METADATA");
        if (metadataKey != null) {
            writer.keyword("FROM");
            metadataKey.unparse(writer, 0, 0);
        }
        if (virtual) {
            writer.keyword("VIRTUAL");
        }
        SqlNodes.unparseComment(writer, commentNode());
    }
}

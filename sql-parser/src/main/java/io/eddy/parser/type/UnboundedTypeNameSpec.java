package io.eddy.parser.type;

import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Flink's {@code STRING} and {@code BYTES}: {@code VARCHAR} and {@code VARBINARY} of the maximum
 * length. Equal to the spelled-out form; written back under the short name.
 */
public final class UnboundedTypeNameSpec extends SqlBasicTypeNameSpec {

    private UnboundedTypeNameSpec(SqlTypeName typeName, SqlParserPos pos) {
        super(typeName, Integer.MAX_VALUE, pos);
    }

    /** {@code STRING}, that is {@code VARCHAR(2147483647)}. */
    public static UnboundedTypeNameSpec string(SqlParserPos pos) {
        return new UnboundedTypeNameSpec(SqlTypeName.VARCHAR, pos);
    }

    /** {@code BYTES}, that is {@code VARBINARY(2147483647)}. */
    public static UnboundedTypeNameSpec bytes(SqlParserPos pos) {
        return new UnboundedTypeNameSpec(SqlTypeName.VARBINARY, pos);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword(getTypeName().getSimple().equals(SqlTypeName.VARCHAR.name()) ? "STRING" : "BYTES");
    }
}

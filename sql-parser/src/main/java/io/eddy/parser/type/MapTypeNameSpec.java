package io.eddy.parser.type;

import static java.util.Objects.requireNonNull;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.util.Litmus;

/** {@code MAP<K [NOT NULL], V [NOT NULL]>}, keeping the key's and value's nullability. */
public final class MapTypeNameSpec extends SqlTypeNameSpec {

    private final SqlDataTypeSpec keyType;
    private final SqlDataTypeSpec valueType;

    public MapTypeNameSpec(SqlDataTypeSpec keyType, SqlDataTypeSpec valueType, SqlParserPos pos) {
        super(new SqlIdentifier("MAP", pos), pos);
        this.keyType = requireNonNull(keyType, "keyType is null");
        this.valueType = requireNonNull(valueType, "valueType is null");
    }

    public SqlDataTypeSpec keyType() {
        return keyType;
    }

    public SqlDataTypeSpec valueType() {
        return valueType;
    }

    @Override
    public RelDataType deriveType(SqlValidator validator) {
        return validator.getTypeFactory().createMapType(
                TypeSpecs.deriveType(validator, keyType), TypeSpecs.deriveType(validator, valueType));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("MAP");
        writer.setNeedWhitespace(false);
        writer.print("<");
        SqlWriter.Frame frame = writer.startList("", "");
        writer.sep(",");
        TypeSpecs.unparse(writer, keyType);
        writer.sep(",");
        TypeSpecs.unparse(writer, valueType);
        writer.endList(frame);
        writer.setNeedWhitespace(false);
        writer.print(">");
        writer.setNeedWhitespace(true);
    }

    @Override
    public boolean equalsDeep(SqlTypeNameSpec spec, Litmus litmus) {
        if (!(spec instanceof MapTypeNameSpec that)) {
            return litmus.fail("{} != {}", this, spec);
        }
        return keyType.equalsDeep(that.keyType, litmus) && valueType.equalsDeep(that.valueType, litmus);
    }
}

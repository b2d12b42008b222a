package io.eddy.parser.type;

import static java.util.Objects.requireNonNull;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.util.Litmus;

/**
 * {@code ARRAY<T [NOT NULL]>} or {@code MULTISET<T [NOT NULL]>}: unlike Calcite's collection spec it
 * keeps the element's nullability.
 */
public final class CollectionTypeNameSpec extends SqlTypeNameSpec {

    private final SqlTypeName collectionType;
    private final SqlDataTypeSpec elementType;

    public CollectionTypeNameSpec(SqlTypeName collectionType, SqlDataTypeSpec elementType, SqlParserPos pos) {
        super(new SqlIdentifier(collectionType.name(), pos), pos);
        if (collectionType != SqlTypeName.ARRAY && collectionType != SqlTypeName.MULTISET) {
            throw new IllegalArgumentException("not a collection type: " + collectionType);
        }
        this.collectionType = collectionType;
        this.elementType = requireNonNull(elementType, "elementType is null");
    }

    /** {@link SqlTypeName#ARRAY} or {@link SqlTypeName#MULTISET}. */
    public SqlTypeName collectionType() {
        return collectionType;
    }

    /** The element type; its {@code getNullable()} is FALSE for {@code NOT NULL}. */
    public SqlDataTypeSpec elementType() {
        return elementType;
    }

    @Override
    public RelDataType deriveType(SqlValidator validator) {
        RelDataType element = TypeSpecs.deriveType(validator, elementType);
        return collectionType == SqlTypeName.ARRAY
                ? validator.getTypeFactory().createArrayType(element, -1)
                : validator.getTypeFactory().createMultisetType(element, -1);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword(collectionType.name());
        writer.setNeedWhitespace(false);
        writer.print("<");
        SqlWriter.Frame frame = writer.startList("", "");
        writer.sep(",");
        TypeSpecs.unparse(writer, elementType);
        writer.endList(frame);
        writer.setNeedWhitespace(false);
        writer.print(">");
        writer.setNeedWhitespace(true);
    }

    @Override
    public boolean equalsDeep(SqlTypeNameSpec spec, Litmus litmus) {
        if (!(spec instanceof CollectionTypeNameSpec that) || that.collectionType != collectionType) {
            return litmus.fail("{} != {}", this, spec);
        }
        return elementType.equalsDeep(that.elementType, litmus);
    }
}

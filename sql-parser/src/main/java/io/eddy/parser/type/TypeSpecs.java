package io.eddy.parser.type;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.validate.SqlValidator;

/** Helpers for type specs nested in Eddy's ARRAY, MULTISET, MAP and ROW types. */
public final class TypeSpecs {

    private TypeSpecs() {
    }

    /** True unless the spec says NOT NULL (an unspecified nullability means nullable). */
    public static boolean isNullable(SqlDataTypeSpec spec) {
        return !Boolean.FALSE.equals(spec.getNullable());
    }

    /** Writes the type followed by {@code NOT NULL} when the spec is not nullable. */
    public static void unparse(SqlWriter writer, SqlDataTypeSpec spec) {
        spec.unparse(writer, 0, 0);
        if (!isNullable(spec)) {
            writer.keyword("NOT NULL");
        }
    }

    /** The relational type of a nested spec with its nullability applied. */
    public static RelDataType deriveType(SqlValidator validator, SqlDataTypeSpec spec) {
        RelDataType type = spec.deriveType(validator);
        return validator.getTypeFactory().createTypeWithNullability(type, isNullable(spec));
    }
}

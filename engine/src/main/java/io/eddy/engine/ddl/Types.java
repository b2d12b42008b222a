package io.eddy.engine.ddl;

import io.eddy.catalog.types.DataType;
import io.eddy.catalog.types.TimeAttribute;
import io.eddy.catalog.types.TimestampType;

/** Small conversions of catalog types that DDL statements need. */
final class Types {

    private Types() {
    }

    /** The type without a rowtime or proctime marker: a plain column of a new table. */
    static DataType withoutTimeAttribute(DataType type) {
        return type instanceof TimestampType timestamp && timestamp.timeAttribute() != TimeAttribute.NONE
                ? timestamp.withTimeAttribute(TimeAttribute.NONE) : type;
    }
}

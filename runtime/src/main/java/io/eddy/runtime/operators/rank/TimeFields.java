package io.eddy.runtime.operators.rank;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.RowSchema;

/** Checks of time fields (rowtime, window bounds) that operators read as epoch milliseconds. */
final class TimeFields {

    private TimeFields() {
    }

    /** Returns {@code field} if it is in {@code schema} and of a kind holding epoch milliseconds. */
    static int check(RowSchema schema, int field, String what) {
        if (field < 0 || field >= schema.arity()) {
            throw new IllegalArgumentException(what + " field " + field + " is not in " + schema);
        }
        FieldKind kind = schema.kind(field);
        if (kind != FieldKind.TIMESTAMP && kind != FieldKind.TIMESTAMP_LTZ && kind != FieldKind.BIGINT) {
            throw new IllegalArgumentException(what + " field " + schema.name(field) + " is " + kind
                    + ", expected TIMESTAMP, TIMESTAMP_LTZ or BIGINT");
        }
        return field;
    }
}

package io.eddy.runtime.operators.join;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.TypeSerializer;

/**
 * A row a time-bounded join keeps in state, with whether it has been joined yet (an outer row that
 * never was is emitted null-padded when it leaves the state).
 *
 * @param row the buffered row (owned by the state, never modified)
 * @param matched whether the row has been emitted joined with a row of the other side
 */
record BufferedRow(Row row, boolean matched) {

    BufferedRow {
        requireNonNull(row, "row is null");
    }

    BufferedRow asMatched() {
        return matched ? this : new BufferedRow(row, true);
    }

    /** A serializer of buffered rows of one schema: the matched flag then the row. */
    static TypeSerializer<BufferedRow> serializer(RowSchema schema) {
        RowSerializer rows = new RowSerializer(schema);
        return new TypeSerializer<>() {
            @Override
            public void serialize(BufferedRow value, BinaryOutput output) {
                output.writeBoolean(value.matched());
                rows.serialize(value.row(), output);
            }

            @Override
            public BufferedRow deserialize(BinaryInput input) {
                boolean matched = input.readBoolean();
                return new BufferedRow(rows.deserialize(input), matched);
            }
        };
    }
}

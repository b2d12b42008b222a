package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import java.util.List;

/** COUNT(*) and COUNT(a, ...): one BIGINT counter. */
final class CountFunction extends AccumulatorFunction {

    CountFunction(AggregateCall call) {
        super(call);
    }

    @Override
    List<RowSchema.Field> accumulatorFields() {
        return List.of(new RowSchema.Field(field("count"), FieldType.BIGINT));
    }

    @Override
    void initialize(Row accumulator) {
        accumulator.setLong(offset, 0L);
    }

    @Override
    void accumulate(Row accumulator, Row input) {
        accumulator.setLong(offset, accumulator.getLong(offset) + 1);
    }

    @Override
    void retract(Row accumulator, Row input) {
        accumulator.setLong(offset, accumulator.getLong(offset) - 1);
    }

    @Override
    boolean mergeable() {
        return true;
    }

    @Override
    void merge(Row accumulator, Row other) {
        accumulator.setLong(offset, accumulator.getLong(offset) + other.getLong(offset));
    }

    @Override
    void result(Row accumulator, Row target, int field) {
        target.setLong(field, accumulator.getLong(offset));
    }
}

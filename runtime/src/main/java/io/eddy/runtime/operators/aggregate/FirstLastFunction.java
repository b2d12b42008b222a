package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.Row;
import java.util.Map;

/**
 * FIRST_VALUE and LAST_VALUE in arrival order, ignoring nulls (as Flink). Over a changelog a retraction
 * removes the earliest live copy of the value and the result falls back to the first (last) live value.
 */
final class FirstLastFunction extends ArrivalOrderFunction {

    private final boolean first;

    FirstLastFunction(AggregateCall call, boolean retracting) {
        super(call, retracting, call.argumentType());
        this.first = call.kind() == AggregateKind.FIRST_VALUE;
    }

    @Override
    void accumulate(Row accumulator, Row input) {
        if (!first || accumulator.isNullAt(offset)) {
            accumulator.setFieldFrom(offset, input, argument);
        }
        recordArrival(accumulator, input);
    }

    @Override
    void retract(Row accumulator, Row input) {
        if (!forget(input)) {
            return;
        }
        accumulator.setNullAt(offset);
        for (Map.Entry<Long, Row> entry : values.entries()) {
            accumulator.setFieldFrom(offset, entry.getValue(), 0);
            if (first) {
                break;
            }
        }
    }
}

package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import java.util.Map;

/**
 * LISTAGG(a, separator): the non-null values joined in arrival order, null when there are none. Over a
 * changelog the string is rebuilt from the live values after a retraction.
 */
final class ListAggFunction extends ArrivalOrderFunction {

    ListAggFunction(AggregateCall call, boolean retracting) {
        super(call, retracting, FieldType.STRING);
    }

    @Override
    void accumulate(Row accumulator, Row input) {
        String value = input.getString(argument);
        accumulator.setString(offset, accumulator.isNullAt(offset) ? value : accumulator.getString(offset) + call.separator() + value);
        recordArrival(accumulator, input);
    }

    @Override
    void retract(Row accumulator, Row input) {
        if (!forget(input)) {
            return;
        }
        StringBuilder joined = null;
        for (Map.Entry<Long, Row> entry : values.entries()) {
            if (joined == null) {
                joined = new StringBuilder();
            } else {
                joined.append(call.separator());
            }
            joined.append(entry.getValue().getString(0));
        }
        if (joined == null) {
            accumulator.setNullAt(offset);
        } else {
            accumulator.setString(offset, joined.toString());
        }
    }
}

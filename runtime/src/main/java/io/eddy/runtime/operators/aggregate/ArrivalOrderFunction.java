package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.StateTtl;
import java.util.ArrayList;
import java.util.List;

/**
 * The base of functions whose result depends on arrival order (FIRST_VALUE, LAST_VALUE, LISTAGG): the
 * accumulator's first field holds the result; over a changelog the next field holds the next arrival
 * sequence number and {@link ArrivalOrderedValues} keeps the live values to recompute it after a retraction.
 */
abstract class ArrivalOrderFunction extends AccumulatorFunction {

    protected final boolean retracting;
    protected final ArrivalOrderedValues values;
    private final FieldType resultFieldType;

    ArrivalOrderFunction(AggregateCall call, boolean retracting, FieldType resultFieldType) {
        super(call);
        this.retracting = retracting;
        this.resultFieldType = resultFieldType;
        this.values = retracting ? new ArrivalOrderedValues(RowSchema.of("value", call.argumentType())) : null;
    }

    @Override
    final List<RowSchema.Field> accumulatorFields() {
        List<RowSchema.Field> fields = new ArrayList<>();
        fields.add(new RowSchema.Field(field("value"), resultFieldType));
        if (retracting) {
            fields.add(new RowSchema.Field(field("sequence"), FieldType.BIGINT));
        }
        return fields;
    }

    @Override
    final void open(KeyedStateBackend backend, StateTtl ttl, String stateName) {
        if (retracting) {
            values.open(backend, ttl, stateName);
        }
    }

    @Override
    final void initialize(Row accumulator) {
        accumulator.setNullAt(offset);
        if (retracting) {
            accumulator.setLong(offset + 1, 0L);
        }
    }

    /** Remembers the input's value in arrival order when retraction is possible. */
    protected final void recordArrival(Row accumulator, Row input) {
        if (retracting) {
            long sequence = accumulator.getLong(offset + 1);
            values.add(sequence, input, argument);
            accumulator.setLong(offset + 1, sequence + 1);
        }
    }

    /** Removes the earliest live copy of the input's value; false when there is none. */
    protected final boolean forget(Row input) {
        if (!retracting) {
            throw notRetractable();
        }
        return values.removeEarliest(input, argument);
    }

    @Override
    final void result(Row accumulator, Row target, int field) {
        target.setFieldFrom(field, accumulator, offset);
    }

    @Override
    final void clearKey() {
        if (retracting) {
            values.clear();
        }
    }
}

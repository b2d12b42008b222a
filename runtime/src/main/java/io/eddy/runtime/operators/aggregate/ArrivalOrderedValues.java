package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import java.util.Map;

/**
 * The live values of one argument of the current key in arrival order, for FIRST_VALUE, LAST_VALUE and
 * LISTAGG over a changelog: a map state of arrival sequence → value (sequence numbers come from a field
 * of the accumulator row). A retraction removes the earliest live copy of the retracted value, an O(n)
 * scan, as Flink's list-based retractable versions do.
 */
final class ArrivalOrderedValues {

    private final RowSchema valueSchema;
    private MapState<Long, Row> values;

    ArrivalOrderedValues(RowSchema valueSchema) {
        this.valueSchema = valueSchema;
    }

    void open(KeyedStateBackend backend, StateTtl ttl, String stateName) {
        values = backend.mapState(StateDescriptor.map(stateName, Serializers.LONG, new RowSerializer(valueSchema)).withTtl(ttl));
    }

    /** Appends {@code input[field]} under sequence number {@code sequence}. */
    void add(long sequence, Row input, int field) {
        Row value = new Row(valueSchema);
        value.setFieldFrom(0, input, field);
        values.put(sequence, value);
    }

    /** Removes the earliest live copy of {@code input[field]}; false when there is none. */
    boolean removeEarliest(Row input, int field) {
        Row probe = new Row(valueSchema);
        probe.setFieldFrom(0, input, field);
        for (Map.Entry<Long, Row> entry : values.entries()) {
            if (entry.getValue().equals(probe)) {
                values.remove(entry.getKey());
                return true;
            }
        }
        return false;
    }

    /** The live values, earliest first; each is a one-field row. */
    Iterable<Map.Entry<Long, Row>> entries() {
        return values.entries();
    }

    void clear() {
        values.clear();
    }
}

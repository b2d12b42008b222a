package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import java.util.List;
import java.util.Map;

/**
 * MIN and MAX. The accumulator keeps the current extreme. For a changelog input (as Flink's
 * MinWithRetract) a map state of value → count holds every live value; retracting the last copy of the
 * extreme scans that map for the next one, so only that case costs O(distinct values).
 */
final class MinMaxFunction extends AccumulatorFunction {

    private final boolean max;
    private final boolean retracting;
    private final FieldKind kind;
    private final RowSchema valueSchema;
    private MapState<Row, Long> valueCounts;
    private Row probe;

    MinMaxFunction(AggregateCall call, boolean retracting) {
        super(call);
        this.max = call.kind() == AggregateKind.MAX;
        this.retracting = retracting;
        this.kind = call.argumentType().kind();
        this.valueSchema = RowSchema.of("value", call.argumentType());
    }

    @Override
    List<RowSchema.Field> accumulatorFields() {
        return List.of(new RowSchema.Field(field("value"), call.argumentType()));
    }

    @Override
    void open(KeyedStateBackend backend, StateTtl ttl, String stateName) {
        if (retracting) {
            valueCounts = backend.mapState(StateDescriptor.map(stateName, new RowSerializer(valueSchema), Serializers.LONG).withTtl(ttl));
            probe = new Row(valueSchema);
        }
    }

    @Override
    void initialize(Row accumulator) {
        accumulator.setNullAt(offset);
    }

    @Override
    void accumulate(Row accumulator, Row input) {
        if (accumulator.isNullAt(offset) || better(input, argument, accumulator, offset)) {
            accumulator.setFieldFrom(offset, input, argument);
        }
        if (retracting) {
            probe.setFieldFrom(0, input, argument);
            Long count = valueCounts.get(probe);
            valueCounts.put(count == null ? probe.copy() : probe, count == null ? 1L : count + 1);
        }
    }

    @Override
    void retract(Row accumulator, Row input) {
        if (!retracting) {
            throw notRetractable();
        }
        probe.setFieldFrom(0, input, argument);
        Long count = valueCounts.get(probe);
        if (count == null) {
            return;
        }
        if (count > 1) {
            valueCounts.put(probe, count - 1);
            return;
        }
        valueCounts.remove(probe);
        if (!accumulator.isNullAt(offset) && Arithmetic.compare(input, argument, accumulator, offset, kind) == 0) {
            accumulator.setNullAt(offset);
            for (Map.Entry<Row, Long> entry : valueCounts.entries()) {
                Row value = entry.getKey();
                if (accumulator.isNullAt(offset) || better(value, 0, accumulator, offset)) {
                    accumulator.setFieldFrom(offset, value, 0);
                }
            }
        }
    }

    /** Over an append-only input: the extreme of two extremes; a changelog input keeps values in map state. */
    @Override
    boolean mergeable() {
        return !retracting;
    }

    @Override
    void merge(Row accumulator, Row other) {
        if (!other.isNullAt(offset) && (accumulator.isNullAt(offset) || better(other, offset, accumulator, offset))) {
            accumulator.setFieldFrom(offset, other, offset);
        }
    }

    private boolean better(Row candidate, int candidateField, Row accumulator, int field) {
        int order = Arithmetic.compare(candidate, candidateField, accumulator, field, kind);
        return max ? order > 0 : order < 0;
    }

    @Override
    void result(Row accumulator, Row target, int field) {
        target.setFieldFrom(field, accumulator, offset);
    }

    @Override
    void clearKey() {
        if (retracting) {
            valueCounts.clear();
        }
    }
}

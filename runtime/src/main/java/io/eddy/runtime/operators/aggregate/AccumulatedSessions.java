package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import java.util.List;

/**
 * Session contents as one accumulator per session (map state of session start → accumulator): a row
 * is accumulated as it arrives, and when sessions merge their accumulators merge, as Flink's merging
 * window state does. Only for calls that {@link Aggregations#mergeable() merge}; state is one
 * accumulator per open session.
 */
final class AccumulatedSessions implements SessionContents {

    private final Aggregations aggregations;
    private MapState<Long, Row> accumulators;

    AccumulatedSessions(Aggregations aggregations) {
        if (!aggregations.mergeable()) {
            throw new IllegalArgumentException("the calls " + aggregations.calls() + " cannot merge accumulators");
        }
        this.aggregations = aggregations;
    }

    @Override
    public void open(KeyedStateBackend backend) {
        accumulators = backend.mapState(StateDescriptor.map("session-accumulators", Serializers.LONG,
                new RowSerializer(aggregations.accumulatorSchema())));
    }

    @Override
    public void add(Row row, long start, List<Long> absorbed) {
        Row accumulator = null;
        for (long absorbedStart : absorbed) {
            Row other = accumulators.get(absorbedStart);
            if (absorbedStart != start) {
                accumulators.remove(absorbedStart);
            }
            if (other == null) {
                continue;
            }
            if (accumulator == null) {
                accumulator = other;
            } else {
                aggregations.merge(accumulator, other);
            }
        }
        if (accumulator == null) {
            accumulator = aggregations.createAccumulator();
        }
        aggregations.accumulate(accumulator, row, start);
        accumulators.put(start, accumulator);
    }

    @Override
    public Row take(long start, long end, boolean lastSession) {
        Row accumulator = accumulators.get(start);
        accumulators.remove(start);
        return accumulator == null ? aggregations.createAccumulator() : accumulator;
    }
}

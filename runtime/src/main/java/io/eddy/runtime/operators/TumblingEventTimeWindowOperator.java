package io.eddy.runtime.operators;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.metrics.Counter;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.time.Timer;
import java.time.Duration;

/**
 * Keyed event-time tumbling windows ({@code TUMBLE(TABLE t, DESCRIPTOR(ts), size)} then GROUP BY):
 * each row goes to the window {@code [start, start + size)} containing its timestamp; a window of a key
 * fires once the watermark reaches {@code end - 1}, emitting {@link WindowAggregate#result} and dropping
 * its state. Rows whose window has already fired are late: dropped and counted in
 * {@value #LATE_RECORDS_DROPPED}.
 *
 * @param <A> the accumulator type
 */
public final class TumblingEventTimeWindowOperator<A> extends AbstractOneInputOperator {

    /** The counter of dropped late rows. */
    public static final String LATE_RECORDS_DROPPED = "numLateRecordsDropped";

    private final int timestampField;
    private final long sizeMillis;
    private final WindowAggregate<A> aggregate;
    private MapState<Long, A> accumulators;
    private Counter lateRecordsDropped;

    /**
     * @param keySelector the grouping key
     * @param timestampField the index of the rowtime field (TIMESTAMP or BIGINT epoch millis)
     * @param size the window size
     * @param aggregate what to compute per window
     */
    public TumblingEventTimeWindowOperator(KeySelector keySelector, int timestampField, Duration size, WindowAggregate<A> aggregate) {
        super(requireNonNull(keySelector, "keySelector is null"));
        this.timestampField = timestampField;
        this.sizeMillis = requireNonNull(size, "size is null").toMillis();
        if (sizeMillis <= 0) {
            throw new IllegalArgumentException("window size must be positive, got " + size);
        }
        this.aggregate = requireNonNull(aggregate, "aggregate is null");
    }

    @Override
    public void open() {
        accumulators = keyedStateBackend().mapState(
                StateDescriptor.map("window-accumulators", Serializers.LONG, aggregate.accumulatorSerializer()));
        lateRecordsDropped = context.metrics().counter(LATE_RECORDS_DROPPED);
    }

    @Override
    public void processElement(Row row) {
        if (row.isNullAt(timestampField)) {
            throw new IllegalArgumentException("the rowtime field " + row.schema().name(timestampField)
                    + " is null in " + row + "; window operators need a non-null time attribute");
        }
        long timestamp = row.getTimestampMillis(timestampField);
        long windowStart = timestamp - Math.floorMod(timestamp, sizeMillis);
        long windowEnd = windowStart + sizeMillis;
        if (windowEnd - 1 <= currentWatermark()) {
            lateRecordsDropped.increment();
            return;
        }
        setCurrentKeyOf(row);
        A accumulator = accumulators.get(windowStart);
        accumulators.put(windowStart, aggregate.add(accumulator == null ? aggregate.createAccumulator() : accumulator, row));
        timerService().registerEventTimeTimer(windowStart, windowEnd - 1);
    }

    @Override
    public void onEventTime(Timer timer) {
        long windowStart = timer.namespace();
        A accumulator = accumulators.get(windowStart);
        if (accumulator != null) {
            accumulators.remove(windowStart);
            output.collect(aggregate.result(timer.key(), windowStart, windowStart + sizeMillis, accumulator));
        }
    }
}

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
 * Keyed event-time windows (TUMBLE, HOP or CUMULATE, then GROUP BY): each row is folded into every
 * window its timestamp falls in; a window of a key fires once the watermark reaches {@code end - 1},
 * emitting {@link WindowAggregate#result} and dropping its state. A row whose windows have all fired is
 * late: dropped and counted in {@value #LATE_RECORDS_DROPPED}.
 *
 * @param <A> the accumulator type
 */
public final class EventTimeWindowOperator<A> extends AbstractOneInputOperator {

    /** The counter of dropped late rows. */
    public static final String LATE_RECORDS_DROPPED = "numLateRecordsDropped";

    private final int timestampField;
    private final WindowAssigner assigner;
    private final WindowAggregate<A> aggregate;
    private MapState<Long, A> accumulators;
    private Counter lateRecordsDropped;
    private Row current;
    private boolean keySet;
    private boolean accepted;

    /**
     * @param keySelector the grouping key
     * @param timestampField the index of the rowtime field (TIMESTAMP or BIGINT epoch millis)
     * @param assigner which windows a row belongs to
     * @param aggregate what to compute per window
     */
    public EventTimeWindowOperator(KeySelector keySelector, int timestampField, WindowAssigner assigner, WindowAggregate<A> aggregate) {
        super(requireNonNull(keySelector, "keySelector is null"));
        this.timestampField = timestampField;
        this.assigner = requireNonNull(assigner, "assigner is null");
        this.aggregate = requireNonNull(aggregate, "aggregate is null");
    }

    /** Tumbling windows of {@code size}. */
    public static <A> EventTimeWindowOperator<A> tumbling(KeySelector keySelector, int timestampField, Duration size,
                                                         WindowAggregate<A> aggregate) {
        return new EventTimeWindowOperator<>(keySelector, timestampField, WindowAssigner.tumbling(size), aggregate);
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
        current = row;
        keySet = false;
        accepted = false;
        assigner.assignWindows(row.getTimestampMillis(timestampField), this::addToWindow);
        current = null;
        if (!accepted) {
            lateRecordsDropped.increment();
        }
    }

    private void addToWindow(long windowEnd) {
        if (windowEnd - 1 <= currentWatermark()) {
            return;
        }
        if (!keySet) {
            setCurrentKeyOf(current);
            keySet = true;
        }
        accepted = true;
        A accumulator = accumulators.get(windowEnd);
        accumulators.put(windowEnd, aggregate.add(accumulator == null ? aggregate.createAccumulator() : accumulator, current));
        timerService().registerEventTimeTimer(windowEnd, windowEnd - 1);
    }

    @Override
    public void onEventTime(Timer timer) {
        long windowEnd = timer.namespace();
        A accumulator = accumulators.get(windowEnd);
        if (accumulator != null) {
            accumulators.remove(windowEnd);
            output.collect(aggregate.result(timer.key(), assigner.windowStart(windowEnd), windowEnd, accumulator));
        }
    }
}

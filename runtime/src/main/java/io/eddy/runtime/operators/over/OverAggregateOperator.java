package io.eddy.runtime.operators.over;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.metrics.Counter;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operators.aggregate.AggregateAccumulators;
import io.eddy.runtime.operators.aggregate.AggregateCode;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.aggregate.WindowAggregateOperator;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import io.eddy.runtime.state.ValueState;
import io.eddy.runtime.time.Timer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * OVER aggregation ({@code agg(x) OVER (PARTITION BY p ORDER BY time ROWS|RANGE ... PRECEDING)}) over an
 * append-only input, as Flink SQL: every input row is emitted once as {@code +I}, with one result field
 * per aggregate call appended, computed over the row's frame in its partition.
 *
 * <p><b>Event time</b>: rows are buffered per partition key and timestamp ({@code over-pending}) until the
 * watermark reaches their timestamp, then processed in timestamp order, rows of one timestamp in arrival
 * order. For RANGE, rows of one timestamp are peers: all are accumulated before any is emitted, so they
 * share one result. For ROWS they are accumulated and emitted one by one. A row whose timestamp is not
 * after the current watermark is late: dropped and counted in {@value #LATE_RECORDS_DROPPED}.
 *
 * <p><b>Processing time</b>: each row is processed when it arrives, at the operator's clock time; rows
 * arriving in the same millisecond are not peers.
 *
 * <p>State per key: the accumulator row ({@code over-accumulator}); for {@code ROWS n PRECEDING} the last
 * n + 1 rows ({@code over-rows}: sequence → row, with {@code over-rows-head}/{@code -next}); for a RANGE
 * interval the rows still in range ({@code over-range}: time → rows), retracted once they fall out of it.
 * A RANGE interval registers a cleanup timer at time + interval + 1 that drops the key's state when no
 * row is left in range; the unbounded frames and ROWS keep their state for the key's lifetime.
 */
public final class OverAggregateOperator extends AbstractOneInputOperator {

    /** The counter of rows dropped for arriving after the watermark passed their timestamp. */
    public static final String LATE_RECORDS_DROPPED = WindowAggregateOperator.LATE_RECORDS_DROPPED;

    private static final long PROCESS = 0L;
    private static final long CLEANUP = 1L;

    private final RowSchema inputSchema;
    private final int[] partitionFields;
    private final int timeField;
    private final boolean eventTime;
    private final OverFrame frame;
    private final AggregateAccumulators accumulators;
    private final RowSchema outputSchema;
    private final Row result;
    private final List<Row> arrived = new ArrayList<>(1);
    private MapState<Long, List<Row>> pending;
    private ValueState<Row> accumulatorState;
    private MapState<Long, Row> frameRows;
    private ValueState<Long> frameHead;
    private ValueState<Long> frameNext;
    private MapState<Long, List<Row>> rangeRows;
    private Counter lateRecordsDropped;

    /**
     * @param inputSchema the schema of input rows
     * @param partitionFields the input indexes of the PARTITION BY fields (empty: one partition)
     * @param timeField the input index of the ORDER BY time attribute (TIMESTAMP(3), TIMESTAMP_LTZ(3) or BIGINT millis)
     * @param eventTime whether the time attribute is event time (rowtime) rather than processing time
     * @param frame the frame, ending at the current row
     * @param calls the aggregate calls, whose results follow the input fields in output order
     */
    public OverAggregateOperator(RowSchema inputSchema, int[] partitionFields, int timeField, boolean eventTime,
                                 OverFrame frame, List<AggregateCall> calls) {
        this(inputSchema, partitionFields, timeField, eventTime, frame, calls, AggregateCode.INTERPRETED);
    }

    /** @param code the generated key selector and accumulator code to run (or {@link AggregateCode#INTERPRETED}) */
    public OverAggregateOperator(RowSchema inputSchema, int[] partitionFields, int timeField, boolean eventTime,
                                 OverFrame frame, List<AggregateCall> calls, AggregateCode code) {
        super(AggregateAccumulators.keySelector(requireNonNull(inputSchema, "inputSchema is null"),
                requireNonNull(partitionFields, "partitionFields is null"), requireNonNull(code, "code is null")));
        if (timeField < 0 || timeField >= inputSchema.arity()) {
            throw new IllegalArgumentException("time field " + timeField + " is not in " + inputSchema);
        }
        FieldKind kind = inputSchema.kind(timeField);
        if (kind != FieldKind.TIMESTAMP && kind != FieldKind.TIMESTAMP_LTZ && kind != FieldKind.BIGINT) {
            throw new IllegalArgumentException("time field " + inputSchema.name(timeField) + " is " + inputSchema.type(timeField)
                    + "; OVER windows are ordered by a TIMESTAMP(3), TIMESTAMP_LTZ(3) or BIGINT time attribute");
        }
        this.inputSchema = inputSchema;
        this.partitionFields = partitionFields.clone();
        this.timeField = timeField;
        this.eventTime = eventTime;
        this.frame = requireNonNull(frame, "frame is null");
        this.accumulators = new AggregateAccumulators(inputSchema, calls, !frame.unbounded(), AggregateAccumulators.newAccumulators(code));
        List<RowSchema.Field> fields = new ArrayList<>(inputSchema.fields());
        fields.addAll(accumulators.resultFields());
        this.outputSchema = new RowSchema(fields);
        this.result = new Row(outputSchema);
    }

    /** A factory making one instance per subtask; checks the arguments once now. */
    public static OperatorFactory factory(RowSchema inputSchema, int[] partitionFields, int timeField, boolean eventTime,
                                          OverFrame frame, List<AggregateCall> calls) {
        return factory(inputSchema, partitionFields, timeField, eventTime, frame, calls, AggregateCode.INTERPRETED);
    }

    /** A factory making one instance per subtask, each with fresh instances of the generated code. */
    public static OperatorFactory factory(RowSchema inputSchema, int[] partitionFields, int timeField, boolean eventTime,
                                          OverFrame frame, List<AggregateCall> calls, AggregateCode code) {
        new OverAggregateOperator(inputSchema, partitionFields, timeField, eventTime, frame, calls, code);
        int[] fields = partitionFields.clone();
        List<AggregateCall> callsCopy = List.copyOf(calls);
        return () -> new OverAggregateOperator(inputSchema, fields, timeField, eventTime, frame, callsCopy, code);
    }

    /** The schema of output rows: the input fields, then one field per aggregate call. */
    public RowSchema outputSchema() {
        return outputSchema;
    }

    @Override
    public void open() {
        RowSerializer rowSerializer = new RowSerializer(inputSchema);
        pending = keyedStateBackend().mapState(StateDescriptor.map("over-pending", Serializers.LONG, Serializers.listOf(rowSerializer)));
        accumulatorState = keyedStateBackend().valueState(
                StateDescriptor.value("over-accumulator", new RowSerializer(accumulators.accumulatorSchema())));
        frameRows = keyedStateBackend().mapState(StateDescriptor.map("over-rows", Serializers.LONG, rowSerializer));
        frameHead = keyedStateBackend().valueState(StateDescriptor.value("over-rows-head", Serializers.LONG));
        frameNext = keyedStateBackend().valueState(StateDescriptor.value("over-rows-next", Serializers.LONG));
        rangeRows = keyedStateBackend().mapState(StateDescriptor.map("over-range", Serializers.LONG, Serializers.listOf(rowSerializer)));
        accumulators.open(keyedStateBackend(), StateTtl.DISABLED);
        lateRecordsDropped = context.metrics().counter(LATE_RECORDS_DROPPED);
    }

    @Override
    public void processElement(Row row) {
        if (row.getKind() != RowKind.INSERT) {
            throw new IllegalArgumentException("over aggregate " + context.operatorName() + " received " + row
                    + " but OVER aggregation needs an append-only input (only +I rows)");
        }
        setCurrentKeyOf(row);
        if (!eventTime) {
            arrived.clear();
            arrived.add(row.copy());
            process(timerService().currentProcessingTime(), arrived);
            return;
        }
        if (row.isNullAt(timeField)) {
            throw new IllegalArgumentException("the time attribute " + inputSchema.name(timeField) + " is null in " + row
                    + "; OVER windows need a non-null time attribute");
        }
        long timestamp = row.getTimestampMillis(timeField);
        if (timestamp <= currentWatermark()) {
            lateRecordsDropped.increment();
            return;
        }
        List<Row> rows = pending.get(timestamp);
        if (rows == null) {
            rows = new ArrayList<>();
        }
        rows.add(row.copy());
        pending.put(timestamp, rows);
        timerService().registerEventTimeTimer(PROCESS, timestamp);
    }

    @Override
    public void onEventTime(Timer timer) {
        if (timer.namespace() == CLEANUP) {
            cleanUp(timer.time());
            return;
        }
        List<Row> rows = pending.get(timer.time());
        if (rows != null) {
            pending.remove(timer.time());
            process(timer.time(), rows);
        }
    }

    @Override
    public void onProcessingTime(Timer timer) {
        cleanUp(timer.time());
    }

    /** Processes the rows of one timestamp, in order. */
    private void process(long timestamp, List<Row> rows) {
        Row accumulator = accumulatorState.value();
        if (accumulator == null) {
            accumulator = accumulators.createAccumulator();
        }
        if (frame.unit() == OverFrame.Unit.RANGE) {
            for (Row row : rows) {
                accumulators.accumulate(accumulator, row);
            }
            if (!frame.unbounded()) {
                bufferInRange(timestamp, rows);
                evictBefore(accumulator, timestamp - frame.preceding());
                long cleanupTime = timestamp + frame.preceding() + 1;
                if (eventTime) {
                    timerService().registerEventTimeTimer(CLEANUP, cleanupTime);
                } else {
                    timerService().registerProcessingTimeTimer(CLEANUP, cleanupTime);
                }
            }
            for (Row row : rows) {
                emit(row, accumulator);
            }
        } else {
            for (Row row : rows) {
                accumulators.accumulate(accumulator, row);
                if (!frame.unbounded()) {
                    slideRows(accumulator, row);
                }
                emit(row, accumulator);
            }
        }
        accumulatorState.update(accumulator);
    }

    /** Keeps {@code row} as the newest of the ROWS frame and retracts the oldest one beyond it. */
    private void slideRows(Row accumulator, Row row) {
        Long storedHead = frameHead.value();
        Long storedNext = frameNext.value();
        long head = storedHead == null ? 0L : storedHead;
        long next = storedNext == null ? 0L : storedNext;
        frameRows.put(next, row);
        next++;
        if (next - head > frame.preceding() + 1) {
            accumulators.retract(accumulator, frameRows.get(head));
            frameRows.remove(head);
            head++;
        }
        frameHead.update(head);
        frameNext.update(next);
    }

    private void bufferInRange(long timestamp, List<Row> rows) {
        List<Row> stored = rangeRows.get(timestamp);
        if (stored == null) {
            rangeRows.put(timestamp, new ArrayList<>(rows));
        } else {
            stored.addAll(rows);
            rangeRows.put(timestamp, stored);
        }
    }

    /** Retracts and drops the buffered rows of a RANGE frame older than {@code bound}. */
    private void evictBefore(Row accumulator, long bound) {
        for (Map.Entry<Long, List<Row>> entry : rangeRows.entries()) {
            if (entry.getKey() >= bound) {
                break;
            }
            for (Row old : entry.getValue()) {
                accumulators.retract(accumulator, old);
            }
            rangeRows.remove(entry.getKey());
        }
    }

    /** Evicts the rows no later row can reach and drops the key's state when none is left. */
    private void cleanUp(long time) {
        Row accumulator = accumulatorState.value();
        if (accumulator == null) {
            return;
        }
        evictBefore(accumulator, time - frame.preceding());
        if (rangeRows.isEmpty()) {
            accumulatorState.clear();
            accumulators.clearKey();
        } else {
            accumulatorState.update(accumulator);
        }
    }

    private void emit(Row row, Row accumulator) {
        result.setKind(RowKind.INSERT);
        int arity = inputSchema.arity();
        for (int i = 0; i < arity; i++) {
            result.setFieldFrom(i, row, i);
        }
        accumulators.writeResults(accumulator, result, arity);
        output.collect(result);
    }

    @Override
    public String toString() {
        return "OverAggregate(partitionBy " + Arrays.toString(partitionFields) + ", orderBy $" + timeField
                + (eventTime ? " rowtime" : " proctime") + ", " + frame + ", " + accumulators.calls() + ")";
    }
}

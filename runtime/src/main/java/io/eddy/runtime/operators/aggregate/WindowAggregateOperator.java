package io.eddy.runtime.operators.aggregate;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.metrics.Counter;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operators.WindowAssigner;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import io.eddy.runtime.time.Timer;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Window TVF aggregation ({@code TUMBLE}, {@code HOP}, {@code CUMULATE} then {@code GROUP BY window_start,
 * window_end, keys}) over an append-only input; a window fires once the watermark reaches
 * {@code window_end - 1}, emitting one {@code +I} row (layout: see {@link WindowResultWriter}). A row whose
 * windows have all fired is late: dropped and counted in {@value #LATE_RECORDS_DROPPED}. {@code -U}/{@code -D}/{@code +U}
 * input fails the job.
 *
 * <p>When every call can merge accumulators ({@link Aggregations#mergeable()}: no DISTINCT, FIRST_VALUE,
 * LAST_VALUE, LISTAGG, FLOAT or DOUBLE sums), windows are sliced as in Flink's slicing window operator
 * ({@link WindowSlices}): a row goes into the one slice of its time, combined per (key, slice) in a
 * {@link SliceBuffer} that is written into the map state {@code window-slices} (slice end → accumulator) when
 * a window of a buffered slice is about to fire, when it holds more than
 * {@link WindowAggregateOptions#BUFFER_SIZE_LIMIT} entries, before a snapshot and at the end of the input.
 * A timer per (key, slice) fires the slice's first open window, which merges its slices, drops the slices
 * it was the last window of, and sets the timer of the next window that still holds one of them (or fires that
 * window at once when the watermark has passed it already). Otherwise
 * each row is accumulated into every window it falls in (map state {@code window-accumulators}, window end
 * → accumulator, a timer per (key, window)).
 *
 * <p>Over processing time ({@link WindowTime#PROCESSING_TIME}) the windows of a row are those of the current
 * processing time and fire on processing-time timers at {@code window_end}; see {@link WindowTime}.
 */
public final class WindowAggregateOperator extends AbstractOneInputOperator {

    /** The counter of dropped late rows, as Flink's metric. */
    public static final String LATE_RECORDS_DROPPED = "numLateRecordsDropped";

    private final KeySelector keySelector;
    private final int rowtimeField;
    private final WindowTime time;
    private final WindowAssigner assigner;
    private final Aggregations aggregations;
    private final WindowResultWriter writer;
    private final LongConsumer addToWindow = this::addToWindow;
    private final boolean sliced;
    private final WindowSlices slices;
    private final SliceBuffer buffer;
    private int bufferLimit;
    private MapState<Long, Row> accumulators;
    private long processingTimeFired = Long.MIN_VALUE;
    private Counter lateRecordsDropped;
    private Row current;
    private boolean keySet;
    private boolean accepted;

    /**
     * @param inputSchema the schema of input rows
     * @param groupFields the input indexes of the group fields, without window columns (may be empty)
     * @param rowtimeField the input index of the time attribute (TIMESTAMP(3), TIMESTAMP_LTZ(3) or BIGINT millis)
     * @param assigner the windows ({@link WindowAssigner#tumbling}, {@link WindowAssigner#hopping}, {@link WindowAssigner#cumulative})
     * @param calls the aggregate calls, in output order
     * @param windowProperties the window columns appended after the aggregates, in this order
     */
    public WindowAggregateOperator(RowSchema inputSchema, int[] groupFields, int rowtimeField, WindowAssigner assigner,
                                   List<AggregateCall> calls, List<WindowProperty> windowProperties) {
        this(inputSchema, groupFields, rowtimeField, WindowTime.EVENT_TIME, assigner, calls, windowProperties);
    }

    /**
     * @param rowtimeField the input index of the time attribute: the rowtime, or the processing-time attribute
     *                     (whose type sets the type of {@code window_time}; its values are not read)
     * @param time whether windows follow the rowtime and watermarks or processing time
     */
    public WindowAggregateOperator(RowSchema inputSchema, int[] groupFields, int rowtimeField, WindowTime time,
                                   WindowAssigner assigner, List<AggregateCall> calls, List<WindowProperty> windowProperties) {
        this(inputSchema, groupFields, rowtimeField, time, assigner, calls, windowProperties, AggregateCode.INTERPRETED);
    }

    /** @param code the generated key selector and accumulator code to run (or {@link AggregateCode#INTERPRETED}) */
    public WindowAggregateOperator(RowSchema inputSchema, int[] groupFields, int rowtimeField, WindowTime time,
                                   WindowAssigner assigner, List<AggregateCall> calls, List<WindowProperty> windowProperties,
                                   AggregateCode code) {
        this(inputSchema, requireNonNull(code, "code is null").keySelector(requireNonNull(inputSchema, "inputSchema is null"),
                requireNonNull(groupFields, "groupFields is null")), rowtimeField, time, assigner, calls, windowProperties,
                code.newAccumulators());
    }

    private WindowAggregateOperator(RowSchema inputSchema, KeySelector keySelector, int rowtimeField, WindowTime time,
                                    WindowAssigner assigner, List<AggregateCall> calls, List<WindowProperty> windowProperties,
                                    AccumulatorCode accumulatorCode) {
        super(keySelector);
        this.keySelector = keySelector;
        WindowResultWriter.checkRowtime(inputSchema, rowtimeField);
        this.rowtimeField = rowtimeField;
        this.time = requireNonNull(time, "time is null");
        this.assigner = requireNonNull(assigner, "assigner is null");
        this.aggregations = new Aggregations(inputSchema, calls, false, accumulatorCode);
        this.writer = new WindowResultWriter(keySelector.keySchema(), aggregations,
                List.copyOf(requireNonNull(windowProperties, "windowProperties is null")), inputSchema.type(rowtimeField));
        this.sliced = aggregations.mergeable();
        this.slices = new WindowSlices(assigner);
        this.buffer = new SliceBuffer(aggregations::createAccumulator);
    }

    /** A factory making one instance per subtask; checks the arguments once now. */
    public static OperatorFactory factory(RowSchema inputSchema, int[] groupFields, int rowtimeField, WindowAssigner assigner,
                                          List<AggregateCall> calls, List<WindowProperty> windowProperties) {
        return factory(inputSchema, groupFields, rowtimeField, WindowTime.EVENT_TIME, assigner, calls, windowProperties);
    }

    /** A factory making one instance per subtask, over event or processing time; checks the arguments once now. */
    public static OperatorFactory factory(RowSchema inputSchema, int[] groupFields, int rowtimeField, WindowTime time,
                                          WindowAssigner assigner, List<AggregateCall> calls, List<WindowProperty> windowProperties) {
        return factory(inputSchema, groupFields, rowtimeField, time, assigner, calls, windowProperties, AggregateCode.INTERPRETED);
    }

    /** A factory making one instance per subtask, each with fresh instances of the generated code. */
    public static OperatorFactory factory(RowSchema inputSchema, int[] groupFields, int rowtimeField, WindowTime time,
                                          WindowAssigner assigner, List<AggregateCall> calls, List<WindowProperty> windowProperties,
                                          AggregateCode code) {
        new WindowAggregateOperator(inputSchema, groupFields, rowtimeField, time, assigner, calls, windowProperties, code);
        int[] fields = groupFields.clone();
        List<AggregateCall> callsCopy = List.copyOf(calls);
        List<WindowProperty> propertiesCopy = List.copyOf(windowProperties);
        return () -> new WindowAggregateOperator(inputSchema, fields, rowtimeField, time, assigner, callsCopy, propertiesCopy, code);
    }

    /** The schema of output rows: group fields, aggregate results, then the window columns. */
    public RowSchema outputSchema() {
        return writer.schema();
    }

    /** Whether windows are merged from slices (every call can merge), else accumulated per window. */
    boolean sliced() {
        return sliced;
    }

    @Override
    public void open() {
        RowSerializer accumulatorSerializer = new RowSerializer(aggregations.accumulatorSchema());
        accumulators = keyedStateBackend().mapState(
                StateDescriptor.map(sliced ? "window-slices" : "window-accumulators", Serializers.LONG, accumulatorSerializer));
        aggregations.open(keyedStateBackend(), StateTtl.DISABLED);
        lateRecordsDropped = context.metrics().counter(LATE_RECORDS_DROPPED);
        bufferLimit = context.configuration().get(WindowAggregateOptions.BUFFER_SIZE_LIMIT);
    }

    @Override
    public void processElement(Row row) throws Exception {
        boolean eventTime = time == WindowTime.EVENT_TIME;
        WindowResultWriter.checkInput(row, eventTime ? rowtimeField : -1, context.operatorName());
        long timestamp = eventTime ? row.getTimestampMillis(rowtimeField) : timerService().currentProcessingTime();
        if (sliced) {
            addToSlice(row, timestamp);
            return;
        }
        current = row;
        keySet = false;
        accepted = false;
        assigner.assignWindows(timestamp, addToWindow);
        current = null;
        if (!accepted) {
            lateRecordsDropped.increment();
        }
    }

    private void addToSlice(Row row, long timestamp) throws Exception {
        long sliceEnd = slices.sliceEnd(timestamp);
        if (time == WindowTime.EVENT_TIME && slices.lastWindowEnd(sliceEnd) - 1 <= currentWatermark()) {
            lateRecordsDropped.increment();
            return;
        }
        aggregations.accumulate(buffer.accumulator(keySelector.getKey(row), sliceEnd), row, sliceEnd);
        if (buffer.size() > bufferLimit) {
            flush();
        }
    }

    private void addToWindow(long windowEnd) {
        if (time == WindowTime.EVENT_TIME && windowEnd - 1 <= currentWatermark()) {
            return;
        }
        if (!keySet) {
            setCurrentKeyOf(current);
            keySet = true;
        }
        accepted = true;
        Row accumulator = accumulators.get(windowEnd);
        if (accumulator == null) {
            accumulator = aggregations.createAccumulator();
            registerTimer(windowEnd);
        }
        aggregations.accumulate(accumulator, current, windowEnd);
        accumulators.put(windowEnd, accumulator);
    }

    private void registerTimer(long windowEnd) {
        if (time == WindowTime.EVENT_TIME) {
            timerService().registerEventTimeTimer(windowEnd, windowEnd - 1);
        } else {
            timerService().registerProcessingTimeTimer(windowEnd, windowEnd);
        }
    }

    /** Writes the buffer into the slice state: one read and one write per (key, slice), a timer per new slice. */
    private void flush() throws Exception {
        if (!buffer.isEmpty()) {
            buffer.drain(this::flushSlice);
        }
    }

    private void flushSlice(Row key, long sliceEnd, Row accumulator) {
        keyedStateBackend().setCurrentFrozenKey(key);  // the buffer's own copy, dropped after the flush
        Row stored = accumulators.get(sliceEnd);
        if (stored != null) {
            aggregations.merge(stored, accumulator);
            accumulators.put(sliceEnd, stored);
            return;
        }
        accumulators.put(sliceEnd, accumulator);
        // a new slice: the timer of its first window not fired yet (later ones follow from firing it)
        long fired = time == WindowTime.EVENT_TIME ? currentWatermark() : processingTimeFired;
        long firstOpen = slices.firstWindowEndAfter(sliceEnd, time == WindowTime.EVENT_TIME && fired != Long.MAX_VALUE ? fired + 1 : fired);
        if (firstOpen != Long.MAX_VALUE) {
            registerTimer(firstOpen);
        }
    }

    @Override
    public void processWatermark(long watermark) throws Exception {
        if (time == WindowTime.EVENT_TIME && watermark > currentWatermark() && buffer.minSliceEnd() - 1 <= watermark) {
            flush();
        }
        super.processWatermark(watermark);
    }

    @Override
    public void advanceProcessingTime(long currentTime) throws Exception {
        if (time == WindowTime.PROCESSING_TIME && buffer.minSliceEnd() <= currentTime) {
            flush();
        }
        super.advanceProcessingTime(currentTime);
        processingTimeFired = Math.max(processingTimeFired, currentTime);
    }

    @Override
    protected void prepareSnapshot(long checkpointId) throws Exception {
        flush();
    }

    @Override
    public void finish() throws Exception {
        flush();
        super.finish();
    }

    @Override
    public void onEventTime(Timer timer) {
        fire(timer);
    }

    @Override
    public void onProcessingTime(Timer timer) {
        fire(timer);
    }

    private void fire(Timer timer) {
        long windowEnd = timer.namespace();
        if (sliced) {
            fireSlices(timer.key(), windowEnd);
            return;
        }
        Row accumulator = accumulators.get(windowEnd);
        if (accumulator != null) {
            accumulators.remove(windowEnd);
            aggregations.clearNamespace(windowEnd);
            output.collect(writer.write(timer.key(), accumulator, assigner.windowStart(windowEnd), windowEnd));
        }
    }

    /**
     * Fires the key's window ending at {@code windowEnd} from its slices, and then the key's next window holding one
     * of the slices kept, at once when the watermark has passed it too (a watermark that jumps, as in a catch-up or at
     * the end of the input, passes several windows of a hop), else through its timer. Firing the key's windows one
     * after the other finds its state once; its windows come out in the order of their ends, as by their timers.
     */
    private void fireSlices(Row key, long windowEnd) {
        long window = windowEnd;
        while (true) {
            long nextWindow = fireFromSlices(key, window);
            if (nextWindow == Long.MAX_VALUE) {
                return;
            }
            if (time != WindowTime.EVENT_TIME || nextWindow - 1 > currentWatermark()) {
                registerTimer(nextWindow);
                return;
            }
            // a slice flushed after this window's timer was set may have set the next window's timer too
            timerService().deleteEventTimeTimer(nextWindow, nextWindow - 1);
            window = nextWindow;
        }
    }

    /**
     * Emits the window's accumulator merged from its slices (nothing when it has none), drops the slices it is the
     * last window of, and returns the end of the next window holding one of the others ({@code Long.MAX_VALUE}: none).
     */
    private long fireFromSlices(Row key, long windowEnd) {
        WindowSlices.WindowOfSlices window = slices.window(windowEnd);
        Row merged = null;
        boolean copied = false;
        long nextWindow = Long.MAX_VALUE;
        for (int i = 0; i < window.count(); i++) {
            long sliceEnd = window.sliceEnd(i);
            Row slice = accumulators.get(sliceEnd);
            if (slice == null) {
                continue;
            }
            if (merged == null) {
                merged = slice;
            } else {
                if (!copied) {
                    merged = merged.copy();
                    copied = true;
                }
                aggregations.merge(merged, slice);
            }
            if (window.isLastWindow(i)) {
                accumulators.remove(sliceEnd);
            } else {
                nextWindow = Math.min(nextWindow, window.nextWindow(i));
            }
        }
        if (merged != null) {
            output.collect(writer.write(key, merged, assigner.windowStart(windowEnd), windowEnd));
        }
        return nextWindow;
    }

    @Override
    public String toString() {
        return "WindowAggregate(" + assigner + (time == WindowTime.PROCESSING_TIME ? " on processing time" : "") + ", "
                + aggregations.calls() + ")";
    }
}

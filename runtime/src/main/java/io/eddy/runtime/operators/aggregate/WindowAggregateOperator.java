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
 * window_end, keys}) over an append-only input: each row is accumulated into every window of its key its
 * rowtime falls in; a window fires once the watermark reaches {@code window_end - 1}, emitting one
 * {@code +I} row (layout: see {@link WindowResultWriter}) and dropping its state. A row whose windows
 * have all fired is late: dropped and counted in {@value #LATE_RECORDS_DROPPED}. {@code -U}/{@code -D}/{@code +U}
 * input fails the job. Windows are not sliced: a HOP row updates size/slide accumulators.
 *
 * <p>Over processing time ({@link WindowTime#PROCESSING_TIME}) the windows of a row are those of the current
 * processing time and fire on processing-time timers at {@code window_end}; see {@link WindowTime}.
 */
public final class WindowAggregateOperator extends AbstractOneInputOperator {

    /** The counter of dropped late rows, as Flink's metric. */
    public static final String LATE_RECORDS_DROPPED = "numLateRecordsDropped";

    private final int rowtimeField;
    private final WindowTime time;
    private final WindowAssigner assigner;
    private final Aggregations aggregations;
    private final WindowResultWriter writer;
    private final LongConsumer addToWindow = this::addToWindow;
    private MapState<Long, Row> accumulators;
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
        WindowResultWriter.checkRowtime(inputSchema, rowtimeField);
        this.rowtimeField = rowtimeField;
        this.time = requireNonNull(time, "time is null");
        this.assigner = requireNonNull(assigner, "assigner is null");
        this.aggregations = new Aggregations(inputSchema, calls, false, accumulatorCode);
        this.writer = new WindowResultWriter(keySelector.keySchema(), aggregations,
                List.copyOf(requireNonNull(windowProperties, "windowProperties is null")), inputSchema.type(rowtimeField));
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

    @Override
    public void open() {
        accumulators = keyedStateBackend().mapState(
                StateDescriptor.map("window-accumulators", Serializers.LONG, new RowSerializer(aggregations.accumulatorSchema())));
        aggregations.open(keyedStateBackend(), StateTtl.DISABLED);
        lateRecordsDropped = context.metrics().counter(LATE_RECORDS_DROPPED);
    }

    @Override
    public void processElement(Row row) {
        boolean eventTime = time == WindowTime.EVENT_TIME;
        WindowResultWriter.checkInput(row, eventTime ? rowtimeField : -1, context.operatorName());
        current = row;
        keySet = false;
        accepted = false;
        assigner.assignWindows(eventTime ? row.getTimestampMillis(rowtimeField) : timerService().currentProcessingTime(), addToWindow);
        current = null;
        if (!accepted) {
            lateRecordsDropped.increment();
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
            if (time == WindowTime.EVENT_TIME) {
                timerService().registerEventTimeTimer(windowEnd, windowEnd - 1);
            } else {
                timerService().registerProcessingTimeTimer(windowEnd, windowEnd);
            }
        }
        aggregations.accumulate(accumulator, current, windowEnd);
        accumulators.put(windowEnd, accumulator);
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
        Row accumulator = accumulators.get(windowEnd);
        if (accumulator != null) {
            accumulators.remove(windowEnd);
            aggregations.clearNamespace(windowEnd);
            output.collect(writer.write(timer.key(), accumulator, assigner.windowStart(windowEnd), windowEnd));
        }
    }

    @Override
    public String toString() {
        return "WindowAggregate(" + assigner + (time == WindowTime.PROCESSING_TIME ? " on processing time" : "") + ", "
                + aggregations.calls() + ")";
    }
}

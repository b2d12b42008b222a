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
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import io.eddy.runtime.time.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code SESSION(..., gap)} window aggregation per key over an append-only input. A row at time t opens
 * the session [t, t + gap); sessions of a key that intersect (touching counts, as Flink's
 * {@code TimeWindow.intersects}) merge as rows arrive. A session fires once the watermark reaches
 * {@code end - 1}, emitting one {@code +I} row in the {@link WindowResultWriter} layout. A row whose
 * (merged) session would already have fired is late: dropped and counted in
 * {@value WindowAggregateOperator#LATE_RECORDS_DROPPED}.
 *
 * <p>The operator keeps each key's sessions (map state of start → session row, which holds the end) and
 * their timers. What a session aggregates is kept by {@link SessionContents}: an accumulator in the
 * session row, merged when sessions merge,
 * when every call {@link Aggregations#mergeable() merges} (COUNT, SUM, MIN, MAX, AVG without DISTINCT);
 * otherwise the rows themselves, aggregated when the session fires.
 *
 * <p>A session's timer is moved lazily: a row that only extends the end of one session leaves its
 * timer where it is, and when that timer fires before the session's end the operator registers the
 * timer again at {@code end - 1} (it fires in the same watermark step if the watermark is already
 * past). Rows arrive mostly in time order, so most rows extend a session; they then cost no timer
 * update. A merge or an earlier start deletes the merged sessions' timers (a timer left at an older end
 * finds no session, or one it registers again, and does nothing else).
 */
public final class SessionWindowAggregateOperator extends AbstractOneInputOperator {

    private final int rowtimeField;
    private final long gapMillis;
    private final Aggregations aggregations;
    private final WindowResultWriter writer;
    private final SessionContents contents;
    private final List<Long> merged = new ArrayList<>();
    private final List<Row> mergedSessions = new ArrayList<>();
    private final List<Row> absorbed = new ArrayList<>();
    private MapState<Long, Row> sessions;
    private Counter lateRecordsDropped;

    /**
     * @param inputSchema the schema of input rows
     * @param groupFields the input indexes of the group (partition) fields, without window columns (may be empty)
     * @param rowtimeField the input index of the time attribute
     * @param gap the session gap
     * @param calls the aggregate calls, in output order
     * @param windowProperties the window columns appended after the aggregates, in this order
     */
    public SessionWindowAggregateOperator(RowSchema inputSchema, int[] groupFields, int rowtimeField, Duration gap,
                                          List<AggregateCall> calls, List<WindowProperty> windowProperties) {
        this(inputSchema, groupFields, rowtimeField, gap, calls, windowProperties, AggregateCode.INTERPRETED);
    }

    /** @param code the generated key selector and accumulator code to run (or {@link AggregateCode#INTERPRETED}) */
    public SessionWindowAggregateOperator(RowSchema inputSchema, int[] groupFields, int rowtimeField, Duration gap,
                                          List<AggregateCall> calls, List<WindowProperty> windowProperties, AggregateCode code) {
        this(inputSchema, requireNonNull(code, "code is null").keySelector(requireNonNull(inputSchema, "inputSchema is null"),
                requireNonNull(groupFields, "groupFields is null")), rowtimeField, gap, calls, windowProperties, code.newAccumulators());
    }

    private SessionWindowAggregateOperator(RowSchema inputSchema, KeySelector keySelector, int rowtimeField, Duration gap,
                                           List<AggregateCall> calls, List<WindowProperty> windowProperties,
                                           AccumulatorCode accumulatorCode) {
        super(keySelector);
        WindowResultWriter.checkRowtime(inputSchema, rowtimeField);
        this.rowtimeField = rowtimeField;
        this.gapMillis = requireNonNull(gap, "gap is null").toMillis();
        if (gapMillis <= 0) {
            throw new IllegalArgumentException("session gap must be positive, got " + gap);
        }
        this.aggregations = new Aggregations(inputSchema, calls, false, accumulatorCode);
        this.writer = new WindowResultWriter(keySelector.keySchema(), aggregations,
                List.copyOf(requireNonNull(windowProperties, "windowProperties is null")), inputSchema.type(rowtimeField));
        this.contents = aggregations.mergeable()
                ? new AccumulatedSessions(aggregations)
                : new BufferedSessions(inputSchema, rowtimeField, aggregations);
    }

    /** A factory making one instance per subtask; checks the arguments once now. */
    public static OperatorFactory factory(RowSchema inputSchema, int[] groupFields, int rowtimeField, Duration gap,
                                          List<AggregateCall> calls, List<WindowProperty> windowProperties) {
        return factory(inputSchema, groupFields, rowtimeField, gap, calls, windowProperties, AggregateCode.INTERPRETED);
    }

    /** A factory making one instance per subtask, each with fresh instances of the generated code. */
    public static OperatorFactory factory(RowSchema inputSchema, int[] groupFields, int rowtimeField, Duration gap,
                                          List<AggregateCall> calls, List<WindowProperty> windowProperties, AggregateCode code) {
        new SessionWindowAggregateOperator(inputSchema, groupFields, rowtimeField, gap, calls, windowProperties, code);
        int[] fields = groupFields.clone();
        List<AggregateCall> callsCopy = List.copyOf(calls);
        List<WindowProperty> propertiesCopy = List.copyOf(windowProperties);
        return () -> new SessionWindowAggregateOperator(inputSchema, fields, rowtimeField, gap, callsCopy, propertiesCopy, code);
    }

    /** The schema of output rows: group fields, aggregate results, then the window columns. */
    public RowSchema outputSchema() {
        return writer.schema();
    }

    @Override
    public void open() {
        sessions = keyedStateBackend().mapState(StateDescriptor.map("sessions", Serializers.LONG,
                new RowSerializer(contents.sessionSchema())));
        contents.open(keyedStateBackend());
        aggregations.open(keyedStateBackend(), StateTtl.DISABLED);
        lateRecordsDropped = context.metrics().counter(WindowAggregateOperator.LATE_RECORDS_DROPPED);
    }

    @Override
    public void processElement(Row row) {
        WindowResultWriter.checkInput(row, rowtimeField, context.operatorName());
        long timestamp = row.getTimestampMillis(rowtimeField);
        long start = timestamp;
        long end = timestamp + gapMillis;
        setCurrentKeyOf(row);
        merged.clear();
        mergedSessions.clear();
        for (Map.Entry<Long, Row> entry : sessions.entries()) {
            long sessionStart = entry.getKey();
            long sessionEnd = entry.getValue().getLong(SessionContents.END);
            if (sessionStart <= end && sessionEnd >= start) {
                merged.add(sessionStart);
                mergedSessions.add(entry.getValue());
                start = Math.min(start, sessionStart);
                end = Math.max(end, sessionEnd);
            }
        }
        if (end - 1 <= currentWatermark()) {
            lateRecordsDropped.increment();
            return;
        }
        Row session;
        absorbed.clear();
        if (merged.size() == 1 && merged.get(0) == start) {
            // the row falls into or extends one session: its timer stays, and onEventTime moves it on
            session = mergedSessions.get(0);
        } else {
            session = null;
            for (int i = 0; i < merged.size(); i++) {
                long mergedStart = merged.get(i);
                Row mergedSession = mergedSessions.get(i);
                timerService().deleteEventTimeTimer(mergedStart, mergedSession.getLong(SessionContents.END) - 1);
                if (mergedStart == start) {
                    session = mergedSession;
                } else {
                    sessions.remove(mergedStart);
                    absorbed.add(mergedSession);
                }
            }
            if (session == null) {
                session = contents.newSession();
            }
            timerService().registerEventTimeTimer(start, end - 1);
        }
        session.setLong(SessionContents.END, end);
        contents.add(row, session, start, absorbed);
        sessions.put(start, session);
    }

    @Override
    public void onEventTime(Timer timer) {
        long start = timer.namespace();
        Row session = sessions.get(start);
        if (session == null) {
            return;
        }
        long end = session.getLong(SessionContents.END);
        if (end - 1 > timer.time()) {
            timerService().registerEventTimeTimer(start, end - 1);
            return;
        }
        sessions.remove(start);
        Row accumulator = contents.take(start, session, sessions.isEmpty());
        aggregations.clearNamespace(start);
        output.collect(writer.write(timer.key(), accumulator, start, end));
    }

    @Override
    public String toString() {
        return "SessionWindowAggregate(SESSION(" + Duration.ofMillis(gapMillis) + "), " + aggregations.calls() + ")";
    }
}

package io.eddy.runtime.operators.join;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.metrics.Counter;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.time.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The event-time interval join of two append-only inputs on equal keys and
 * {@code left.ts - right.ts BETWEEN lowerBound AND upperBound} (Flink's
 * {@code l.ts BETWEEN r.ts - INTERVAL a AND r.ts + INTERVAL b}, lower = -a, upper = b), plus an
 * optional non-equi condition. Output is append-only ({@code +I}).
 *
 * <p>Each row joins the buffered rows of the other side in its interval, then stays buffered (per key
 * and rowtime) while rows that could still join it may arrive: a left row at {@code t} until the
 * watermark reaches {@code t - lowerBound}, a right row at {@code t} until it reaches
 * {@code t + upperBound}. An event-time timer then drops it, emitting it null-padded if its side is
 * outer and it never joined. A row that arrives after that point (late) still joins what is buffered
 * but is not kept; if its side is outer and it joined nothing it is emitted null-padded at once, as
 * in Flink. Late rows are counted in {@value #LATE_RECORDS}.
 *
 * <p>Null-padded rows can be older than the input watermark, so the output watermark is held back by
 * {@code max(-lowerBound, upperBound)}, as Flink does for interval joins. {@link #processingTime} builds
 * the processing-time variant (arrival times, processing-time timers).
 */
public final class IntervalJoinOperator extends AbstractJoinOperator {

    /** The counter of rows that arrived too late to be buffered (they still join what is buffered). */
    public static final String LATE_RECORDS = "numLateRecords";

    private static final long LEFT = 0;
    private static final long RIGHT = 1;

    private final boolean processingTime;
    private final int leftTimeField;
    private final int rightTimeField;
    private final long lowerBound;
    private final long upperBound;
    private MapState<Long, List<BufferedRow>> leftBuffer;
    private MapState<Long, List<BufferedRow>> rightBuffer;
    private Counter lateRecords;

    /**
     * @param spec the join type (INNER, LEFT, RIGHT or FULL), inputs, equi-join keys and the rest of the condition
     * @param leftTimeField the rowtime field of input 1 (TIMESTAMP, TIMESTAMP_LTZ or BIGINT millis)
     * @param rightTimeField the rowtime field of input 2
     * @param lowerBound the smallest allowed {@code left.ts - right.ts}, in milliseconds
     * @param upperBound the largest allowed {@code left.ts - right.ts}, in milliseconds
     */
    public IntervalJoinOperator(JoinSpec spec, int leftTimeField, int rightTimeField, long lowerBound, long upperBound) {
        this(spec, false, leftTimeField, rightTimeField, lowerBound, upperBound);
        checkField(spec.leftSchema(), leftTimeField, "left");
        checkField(spec.rightSchema(), rightTimeField, "right");
    }

    /**
     * The processing-time interval join ({@code l.proctime BETWEEN r.proctime - a AND r.proctime + b}): a row's
     * time is the operator's processing time when it arrives, rows leave by processing-time timers, and
     * watermarks pass through unchanged (the output has no rowtime to protect).
     */
    public static IntervalJoinOperator processingTime(JoinSpec spec, long lowerBound, long upperBound) {
        return new IntervalJoinOperator(spec, true, -1, -1, lowerBound, upperBound);
    }

    private IntervalJoinOperator(JoinSpec spec, boolean processingTime, int leftTimeField, int rightTimeField,
                                 long lowerBound, long upperBound) {
        super(spec);
        spec.joinType().checkOneOf("an interval join", JoinType.INNER, JoinType.LEFT, JoinType.RIGHT, JoinType.FULL);
        if (lowerBound > upperBound) {
            throw new IllegalArgumentException("the interval's lower bound " + lowerBound + " ms is above its upper bound "
                    + upperBound + " ms");
        }
        this.processingTime = processingTime;
        this.leftTimeField = leftTimeField;
        this.rightTimeField = rightTimeField;
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
    }

    @Override
    public void setup(OperatorContext operatorContext, Output operatorOutput) {
        super.setup(operatorContext, new WatermarkDelayingOutput(operatorOutput, outputWatermarkDelay()));
    }

    /** How far the output watermark trails the input watermark: the longest a row waits for a match. */
    public long outputWatermarkDelay() {
        return processingTime ? 0 : Math.max(-lowerBound, upperBound);
    }

    @Override
    public void open() throws Exception {
        super.open();
        leftBuffer = keyedStateBackend().mapState(StateDescriptor.map("interval-left", Serializers.LONG,
                Serializers.listOf(BufferedRow.serializer(spec.leftSchema()))));
        rightBuffer = keyedStateBackend().mapState(StateDescriptor.map("interval-right", Serializers.LONG,
                Serializers.listOf(BufferedRow.serializer(spec.rightSchema()))));
        lateRecords = context.metrics().counter(LATE_RECORDS);
    }

    @Override
    public void processElement1(Row row) {
        checkAppendOnly(row, "an interval join");
        long time = processingTime ? timerService().currentProcessingTime() : rowtime(row, leftTimeField);
        if (!setCurrentJoinKey(row, true)) {
            emitUnmatchable(row, true);
            return;
        }
        boolean matched = probe(row, true, rightBuffer, time - upperBound, time - lowerBound, spec.joinType().isRightOuter());
        buffer(row, true, leftBuffer, time, time - lowerBound, matched, spec.joinType().isLeftOuter());
    }

    @Override
    public void processElement2(Row row) {
        checkAppendOnly(row, "an interval join");
        long time = processingTime ? timerService().currentProcessingTime() : rowtime(row, rightTimeField);
        if (!setCurrentJoinKey(row, false)) {
            emitUnmatchable(row, false);
            return;
        }
        boolean matched = probe(row, false, leftBuffer, time + lowerBound, time + upperBound, spec.joinType().isLeftOuter());
        buffer(row, false, rightBuffer, time, time + upperBound, matched, spec.joinType().isRightOuter());
    }

    /** Joins {@code row} with the other side's rows timed in [from, to]; marks them matched when that side is outer. */
    private boolean probe(Row row, boolean rowIsLeft, MapState<Long, List<BufferedRow>> other, long from, long to,
                          boolean otherIsOuter) {
        boolean matched = false;
        for (Map.Entry<Long, List<BufferedRow>> entry : other.entries()) {
            long time = entry.getKey();
            if (time < from || time > to) {
                continue;
            }
            List<BufferedRow> rows = entry.getValue();
            List<BufferedRow> updated = null;
            for (int i = 0; i < rows.size(); i++) {
                BufferedRow buffered = rows.get(i);
                Row left = rowIsLeft ? row : buffered.row();
                Row right = rowIsLeft ? buffered.row() : row;
                if (conditionHolds(left, right)) {
                    matched = true;
                    emitJoined(left, right, RowKind.INSERT);
                    if (otherIsOuter && !buffered.matched()) {
                        updated = updated == null ? new ArrayList<>(rows) : updated;
                        updated.set(i, buffered.asMatched());
                    }
                }
            }
            if (updated != null) {
                other.put(time, updated);
            }
        }
        return matched;
    }

    /** Keeps the row until the watermark reaches {@code until}, or, if it already did, pads it when outer. */
    private void buffer(Row row, boolean rowIsLeft, MapState<Long, List<BufferedRow>> own, long time, long until,
                        boolean matched, boolean isOuter) {
        // Rows still to come have a rowtime above the watermark, or a processing time from now on.
        boolean late = processingTime ? until < timerService().currentProcessingTime() : until <= currentWatermark();
        if (late) {
            lateRecords.increment();
            if (isOuter && !matched) {
                emitPadded(row, rowIsLeft, RowKind.INSERT);
            }
            return;
        }
        List<BufferedRow> rows = own.get(time);
        List<BufferedRow> updated = rows == null ? new ArrayList<>(1) : new ArrayList<>(rows);
        updated.add(new BufferedRow(row.copy(), matched));
        own.put(time, updated);
        if (processingTime) {
            timerService().registerProcessingTimeTimer(rowIsLeft ? LEFT : RIGHT, until);
        } else {
            timerService().registerEventTimeTimer(rowIsLeft ? LEFT : RIGHT, until);
        }
    }

    @Override
    public void onProcessingTime(Timer timer) {
        onEventTime(timer);
    }

    @Override
    public void onEventTime(Timer timer) {
        boolean left = timer.namespace() == LEFT;
        long time = left ? timer.time() + lowerBound : timer.time() - upperBound;
        MapState<Long, List<BufferedRow>> own = left ? leftBuffer : rightBuffer;
        List<BufferedRow> rows = own.get(time);
        if (rows == null) {
            return;
        }
        own.remove(time);
        if (left ? spec.joinType().isLeftOuter() : spec.joinType().isRightOuter()) {
            for (BufferedRow buffered : rows) {
                if (!buffered.matched()) {
                    emitPadded(buffered.row(), left, RowKind.INSERT);
                }
            }
        }
    }
}

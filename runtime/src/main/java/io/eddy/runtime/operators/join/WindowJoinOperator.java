package io.eddy.runtime.operators.join;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.metrics.Counter;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.time.Timer;
import java.util.ArrayList;
import java.util.List;

/**
 * The window join of two window-TVF outputs ({@code TUMBLE}/{@code HOP}/{@code CUMULATE} with the same
 * windows) on equal keys and equal windows, as Flink's window join: rows are kept per key and window
 * end; when the watermark reaches {@code window_end - 1} the window's rows are joined (INNER, LEFT,
 * RIGHT or FULL, unmatched outer rows null-padded; SEMI/ANTI emit the left rows with/without a match),
 * emitted as {@code +I}, and dropped. The planner checks that both sides use the same window, so
 * {@code window_start} follows from {@code window_end}. Inputs are append-only. A row whose window
 * already fired is late: dropped and counted in {@value #LATE_RECORDS_DROPPED}.
 */
public final class WindowJoinOperator extends AbstractJoinOperator {

    /** The counter of dropped late rows. */
    public static final String LATE_RECORDS_DROPPED = "numLateRecordsDropped";

    private final int leftWindowEndField;
    private final int rightWindowEndField;
    private MapState<Long, List<Row>> leftWindows;
    private MapState<Long, List<Row>> rightWindows;
    private Counter lateRecordsDropped;

    /**
     * @param spec the join type (any), inputs, equi-join keys (without the window
     *             fields) and the rest of the condition
     * @param leftWindowEndField the {@code window_end} field of input 1
     * @param rightWindowEndField the {@code window_end} field of input 2
     */
    public WindowJoinOperator(JoinSpec spec, int leftWindowEndField, int rightWindowEndField) {
        super(spec);
        spec.joinType().checkOneOf("a window join", JoinType.values());
        checkField(spec.leftSchema(), leftWindowEndField, "left window end");
        checkField(spec.rightSchema(), rightWindowEndField, "right window end");
        this.leftWindowEndField = leftWindowEndField;
        this.rightWindowEndField = rightWindowEndField;
    }

    @Override
    public void open() throws Exception {
        super.open();
        leftWindows = keyedStateBackend().mapState(StateDescriptor.map("window-join-left", Serializers.LONG,
                Serializers.listOf(new RowSerializer(spec.leftSchema()))));
        rightWindows = keyedStateBackend().mapState(StateDescriptor.map("window-join-right", Serializers.LONG,
                Serializers.listOf(new RowSerializer(spec.rightSchema()))));
        lateRecordsDropped = context.metrics().counter(LATE_RECORDS_DROPPED);
    }

    @Override
    public void processElement1(Row row) {
        process(row, true, leftWindows, leftWindowEndField);
    }

    @Override
    public void processElement2(Row row) {
        process(row, false, rightWindows, rightWindowEndField);
    }

    private void process(Row row, boolean rowIsLeft, MapState<Long, List<Row>> windows, int windowEndField) {
        checkAppendOnly(row, "a window join");
        long windowEnd = rowtime(row, windowEndField);
        if (windowEnd - 1 <= currentWatermark()) {
            lateRecordsDropped.increment();
            return;
        }
        if (!setCurrentJoinKey(row, rowIsLeft)) {
            emitUnmatchable(row, rowIsLeft);
            return;
        }
        List<Row> rows = windows.get(windowEnd);
        List<Row> updated = rows == null ? new ArrayList<>(1) : new ArrayList<>(rows);
        updated.add(row.copy());
        windows.put(windowEnd, updated);
        timerService().registerEventTimeTimer(windowEnd, windowEnd - 1);
    }

    @Override
    public void onEventTime(Timer timer) {
        long windowEnd = timer.namespace();
        List<Row> lefts = orEmpty(leftWindows.get(windowEnd));
        List<Row> rights = orEmpty(rightWindows.get(windowEnd));
        leftWindows.remove(windowEnd);
        rightWindows.remove(windowEnd);
        switch (spec.joinType()) {
            case SEMI, ANTI -> semiOrAnti(lefts, rights, spec.joinType() == JoinType.ANTI);
            case RIGHT -> {
                for (Row right : rights) {
                    if (!joinWithAll(right, lefts, false, null)) {
                        emitPadded(right, false, RowKind.INSERT);
                    }
                }
            }
            default -> {
                boolean[] rightMatched = spec.joinType().isRightOuter() ? new boolean[rights.size()] : null;
                for (Row left : lefts) {
                    if (!joinWithAll(left, rights, true, rightMatched) && spec.joinType().isLeftOuter()) {
                        emitPadded(left, true, RowKind.INSERT);
                    }
                }
                for (int i = 0; rightMatched != null && i < rights.size(); i++) {
                    if (!rightMatched[i]) {
                        emitPadded(rights.get(i), false, RowKind.INSERT);
                    }
                }
            }
        }
    }

    /** Emits {@code row} joined with each of {@code others} it matches, marking them; returns whether any matched. */
    private boolean joinWithAll(Row row, List<Row> others, boolean rowIsLeft, boolean[] othersMatched) {
        boolean matched = false;
        for (int i = 0; i < others.size(); i++) {
            Row left = rowIsLeft ? row : others.get(i);
            Row right = rowIsLeft ? others.get(i) : row;
            if (conditionHolds(left, right)) {
                matched = true;
                if (othersMatched != null) {
                    othersMatched[i] = true;
                }
                emitJoined(left, right, RowKind.INSERT);
            }
        }
        return matched;
    }

    private void semiOrAnti(List<Row> lefts, List<Row> rights, boolean anti) {
        for (Row left : lefts) {
            boolean matched = false;
            for (int i = 0; !matched && i < rights.size(); i++) {
                matched = conditionHolds(left, rights.get(i));
            }
            if (matched != anti) {
                output.collect(left);
            }
        }
    }

    private static List<Row> orEmpty(List<Row> rows) {
        return rows == null ? List.of() : rows;
    }
}

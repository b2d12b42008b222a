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
 * RIGHT or FULL, unmatched outer rows null-padded), emitted as {@code +I}, and dropped. The planner
 * checks that both sides use the same window, so {@code window_start} follows from {@code window_end}.
 * A row whose window already fired is late: dropped and counted in {@value #LATE_RECORDS_DROPPED}.
 * A retraction ({@code -U}/{@code -D}) removes one equal row of its window, as Flink's window state.
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
     * @param spec the join type (INNER, LEFT, RIGHT or FULL), inputs, equi-join keys (without the window
     *             fields) and the rest of the condition
     * @param leftWindowEndField the {@code window_end} field of input 1
     * @param rightWindowEndField the {@code window_end} field of input 2
     */
    public WindowJoinOperator(JoinSpec spec, int leftWindowEndField, int rightWindowEndField) {
        super(spec);
        spec.joinType().checkOneOf("a window join", JoinType.INNER, JoinType.LEFT, JoinType.RIGHT, JoinType.FULL);
        IntervalJoinOperator.checkField(spec.leftSchema(), leftWindowEndField, "left window end");
        IntervalJoinOperator.checkField(spec.rightSchema(), rightWindowEndField, "right window end");
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
        long windowEnd = IntervalJoinOperator.rowtime(row, windowEndField);
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
        if (row.getKind().isAccumulate()) {
            updated.add(row.copy().setKind(RowKind.INSERT));
        } else if (!removeOneEqual(updated, row)) {
            return;
        }
        if (updated.isEmpty()) {
            windows.remove(windowEnd);
        } else {
            windows.put(windowEnd, updated);
        }
        timerService().registerEventTimeTimer(windowEnd, windowEnd - 1);
    }

    private static boolean removeOneEqual(List<Row> rows, Row retraction) {
        Row inserted = retraction.copy().setKind(RowKind.INSERT);
        return rows.remove(inserted);
    }

    @Override
    public void onEventTime(Timer timer) {
        long windowEnd = timer.namespace();
        List<Row> lefts = orEmpty(leftWindows.get(windowEnd));
        List<Row> rights = orEmpty(rightWindows.get(windowEnd));
        leftWindows.remove(windowEnd);
        rightWindows.remove(windowEnd);
        boolean[] rightMatched = new boolean[rights.size()];
        for (Row left : lefts) {
            boolean matched = false;
            for (int i = 0; i < rights.size(); i++) {
                Row right = rights.get(i);
                if (conditionHolds(left, right)) {
                    matched = true;
                    rightMatched[i] = true;
                    emitJoined(left, right, RowKind.INSERT);
                }
            }
            if (!matched && spec.joinType().isLeftOuter()) {
                emitPadded(left, true, RowKind.INSERT);
            }
        }
        if (spec.joinType().isRightOuter()) {
            for (int i = 0; i < rights.size(); i++) {
                if (!rightMatched[i]) {
                    emitPadded(rights.get(i), false, RowKind.INSERT);
                }
            }
        }
    }

    private static List<Row> orEmpty(List<Row> rows) {
        return rows == null ? List.of() : rows;
    }
}

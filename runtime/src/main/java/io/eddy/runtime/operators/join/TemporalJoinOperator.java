package io.eddy.runtime.operators.join;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import io.eddy.runtime.state.ValueState;
import io.eddy.runtime.time.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The event-time temporal join {@code FOR SYSTEM_TIME AS OF left.rowtime} of an append-only probe
 * side (input 1) with a versioned table (input 2: a changelog keyed by its primary key, with a rowtime),
 * INNER or LEFT, as Flink's row-time temporal join. The join key must contain the table's primary key.
 *
 * <p>Left rows wait in state until the watermark reaches their rowtime; they are then joined, in
 * arrival order, with the version of the table valid at that time: the latest right row whose rowtime
 * is at most the left rowtime, unless that row is a deletion ({@code -D}: no row then). Right
 * {@code -U} rows are ignored: the {@code +U} that follows starts the new version.
 * Without a version (or when the condition fails) an INNER join emits nothing and a LEFT join emits
 * the left row null-padded. A left row that arrives when the watermark already passed its time is
 * joined at once with the versions still held. Versions older than the one valid at the watermark are
 * dropped (and that one too when it is a retraction). Output is append-only ({@code +I}).
 *
 * <p>With {@code table.exec.state.ttl}, a version not updated for that long expires (as Flink's state
 * retention, a rarely updated key then stops joining); buffered left rows only leave by the watermark.
 */
public final class TemporalJoinOperator extends AbstractJoinOperator {

    private final int leftTimeField;
    private final int rightTimeField;
    private MapState<Long, Row> leftRows;
    private ValueState<Long> nextLeftSequence;
    private MapState<Long, Row> versions;
    private ValueState<Long> registeredTimer;

    /**
     * @param spec INNER or LEFT; the keys are the equi-join keys (containing the table's primary key)
     * @param leftTimeField the rowtime field of the probe side
     * @param rightTimeField the rowtime field of the versioned table
     */
    public TemporalJoinOperator(JoinSpec spec, int leftTimeField, int rightTimeField) {
        super(spec);
        spec.joinType().checkOneOf("an event-time temporal join", JoinType.INNER, JoinType.LEFT);
        checkField(spec.leftSchema(), leftTimeField, "left");
        checkField(spec.rightSchema(), rightTimeField, "right");
        this.leftTimeField = leftTimeField;
        this.rightTimeField = rightTimeField;
    }

    @Override
    public void open() throws Exception {
        super.open();
        RowSchema left = spec.leftSchema();
        leftRows = keyedStateBackend().mapState(StateDescriptor.map("temporal-left", Serializers.LONG, new RowSerializer(left)));
        nextLeftSequence = keyedStateBackend().valueState(StateDescriptor.value("temporal-next-left", Serializers.LONG));
        versions = keyedStateBackend().mapState(StateDescriptor.map("temporal-versions", Serializers.LONG,
                new RowSerializer(spec.rightSchema())).withTtl(StateTtl.fromConfiguration(context.configuration())));
        registeredTimer = keyedStateBackend().valueState(StateDescriptor.value("temporal-timer", Serializers.LONG));
    }

    @Override
    public void processElement1(Row row) {
        checkAppendOnly(row, "an event-time temporal join");
        long time = rowtime(row, leftTimeField);
        if (!setCurrentJoinKey(row, true)) {
            emitUnmatchable(row, true);
            return;
        }
        if (time <= currentWatermark()) {
            join(row, sortedVersions());
            return;
        }
        Long sequence = nextLeftSequence.value();
        long next = sequence == null ? 0 : sequence;
        leftRows.put(next, row.copy());
        nextLeftSequence.update(next + 1);
        registerTimerAtOrBefore(time);
    }

    @Override
    public void processElement2(Row row) {
        if (row.getKind() == RowKind.UPDATE_BEFORE) {
            // A version ends where the next one (+U or -D, at its own rowtime) begins; the -U may carry the
            // old rowtime and must not overwrite the old version. Flink's planner asks for +U only here.
            return;
        }
        long time = rowtime(row, rightTimeField);
        if (!setCurrentJoinKey(row, false)) {
            return;
        }
        versions.put(time, row.copy());
        registerTimerAtOrBefore(time);
    }

    /** Keeps one timer per key, at the earliest time something is due. */
    private void registerTimerAtOrBefore(long time) {
        Long registered = registeredTimer.value();
        if (registered != null && registered <= time) {
            return;
        }
        if (registered != null) {
            timerService().deleteEventTimeTimer(0, registered);
        }
        timerService().registerEventTimeTimer(0, time);
        registeredTimer.update(time);
    }

    @Override
    public void onEventTime(Timer timer) {
        registeredTimer.clear();
        long watermark = currentWatermark();
        List<Map.Entry<Long, Row>> sorted = sortedVersions();
        long nextDue = Long.MAX_VALUE;
        for (Map.Entry<Long, Row> entry : leftRows.entries()) {
            Row left = entry.getValue();
            long time = left.getTimestampMillis(leftTimeField);
            if (time <= watermark) {
                join(left, sorted);
                leftRows.remove(entry.getKey());
            } else {
                nextDue = Math.min(nextDue, time);
            }
        }
        nextDue = Math.min(nextDue, dropExpiredVersions(sorted, watermark));
        if (nextDue != Long.MAX_VALUE) {
            registerTimerAtOrBefore(nextDue);
        }
        if (leftRows.isEmpty()) {
            nextLeftSequence.clear();
        }
    }

    private void join(Row left, List<Map.Entry<Long, Row>> sorted) {
        int index = latestAtOrBefore(sorted, left.getTimestampMillis(leftTimeField));
        Row version = index < 0 ? null : sorted.get(index).getValue();
        if (version != null && version.getKind().isAccumulate() && conditionHolds(left, version)) {
            emitJoined(left, version, RowKind.INSERT);
        } else if (spec.joinType() == JoinType.LEFT) {
            emitPadded(left, true, RowKind.INSERT);
        }
    }

    /** The versions of the current key in rowtime order (map state iterates comparable keys in order). */
    private List<Map.Entry<Long, Row>> sortedVersions() {
        List<Map.Entry<Long, Row>> sorted = new ArrayList<>();
        for (Map.Entry<Long, Row> entry : versions.entries()) {
            sorted.add(entry);
        }
        return sorted;
    }

    /** The index of the last version with rowtime at most {@code time}, or -1. */
    private static int latestAtOrBefore(List<Map.Entry<Long, Row>> sorted, long time) {
        int low = 0;
        int high = sorted.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (sorted.get(middle).getKey() <= time) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    /**
     * Drops versions no future left row can need (those before the version valid at the watermark, and
     * that one too if it is a retraction); returns the rowtime of the next version, when the next drop may
     * be due, or {@code Long.MAX_VALUE}.
     */
    private long dropExpiredVersions(List<Map.Entry<Long, Row>> sorted, long watermark) {
        int valid = latestAtOrBefore(sorted, watermark);
        for (int i = 0; i < valid; i++) {
            versions.remove(sorted.get(i).getKey());
        }
        if (valid >= 0 && !sorted.get(valid).getValue().getKind().isAccumulate()) {
            versions.remove(sorted.get(valid).getKey());
        }
        return valid + 1 < sorted.size() ? sorted.get(valid + 1).getKey() : Long.MAX_VALUE;
    }
}

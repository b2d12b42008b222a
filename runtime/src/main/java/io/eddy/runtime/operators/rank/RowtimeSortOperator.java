package io.eddy.runtime.operators.rank;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.metrics.Counter;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.operators.EventTimeWindowOperator;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.time.Timer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code ORDER BY rowtime [, more fields]} over append-only input: buffers rows per rowtime and, when the
 * watermark reaches a rowtime, emits its rows as {@code +I} sorted by the further fields (ties in arrival
 * order). Rows at or before the watermark on arrival are late: dropped and counted in
 * {@value #LATE_RECORDS_DROPPED}. State lives under the {@linkplain EmptyKeySelector empty key}
 * (parallelism 1).
 */
public final class RowtimeSortOperator extends AbstractOneInputOperator {

    /** The counter of dropped late rows. */
    public static final String LATE_RECORDS_DROPPED = EventTimeWindowOperator.LATE_RECORDS_DROPPED;

    private final RowSchema inputSchema;
    private final int rowtimeField;
    private final Comparator<Row> secondary;
    private MapState<Long, List<Row>> rowsByTime;
    private Counter lateRecordsDropped;

    /**
     * @param rowtimeField the index of the rowtime field, the first ORDER BY field (ascending)
     * @param secondarySort the ORDER BY fields after the rowtime (may be empty)
     */
    public RowtimeSortOperator(RowSchema inputSchema, int rowtimeField, SortSpec secondarySort) {
        this(inputSchema, rowtimeField, secondarySort, SortCode.INTERPRETED);
    }

    /** @param sortCode the generated comparator of the secondary order, or {@link SortCode#INTERPRETED} */
    public RowtimeSortOperator(RowSchema inputSchema, int rowtimeField, SortSpec secondarySort, SortCode sortCode) {
        super(EmptyKeySelector.INSTANCE);
        this.inputSchema = requireNonNull(inputSchema, "inputSchema is null");
        this.rowtimeField = TimeFields.check(inputSchema, rowtimeField, "rowtime");
        new RowComparator(inputSchema, requireNonNull(secondarySort, "secondarySort is null").fields());
        this.secondary = requireNonNull(sortCode, "sortCode is null").rowComparator(secondarySort, inputSchema);
    }

    @Override
    public void open() {
        rowsByTime = keyedStateBackend().mapState(StateDescriptor.map("rows-by-rowtime", Serializers.LONG,
                Serializers.listOf(new RowSerializer(inputSchema))));
        lateRecordsDropped = context.metrics().counter(LATE_RECORDS_DROPPED);
    }

    @Override
    public void processElement(Row row) {
        if (row.getKind() != RowKind.INSERT) {
            throw new IllegalStateException("ORDER BY rowtime needs append-only input, got " + row);
        }
        if (row.isNullAt(rowtimeField)) {
            throw new IllegalArgumentException("the rowtime field " + inputSchema.name(rowtimeField) + " is null in " + row
                    + "; ORDER BY rowtime needs a non-null time attribute");
        }
        long rowtime = row.getLong(rowtimeField);
        if (rowtime <= currentWatermark()) {
            lateRecordsDropped.increment();
            return;
        }
        keyedStateBackend().setCurrentKey(EmptyKeySelector.INSTANCE.getKey(row));
        List<Row> rows = rowsByTime.get(rowtime);
        List<Row> updated = rows == null ? new ArrayList<>(1) : new ArrayList<>(rows);
        updated.add(row.copy());
        rowsByTime.put(rowtime, updated);
        if (rows == null) {
            timerService().registerEventTimeTimer(0, rowtime);
        }
    }

    @Override
    public void onEventTime(Timer timer) {
        List<Row> rows = rowsByTime.get(timer.time());
        if (rows == null) {
            return;
        }
        rowsByTime.remove(timer.time());
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(secondary);
        for (Row row : sorted) {
            output.collect(row);
        }
    }

    @Override
    public String toString() {
        return "RowtimeSort($" + rowtimeField + ", then " + secondary + ")";
    }
}

package io.eddy.runtime.operators.rank;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;
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
 * Window Top-N and window deduplication over the output of a window table function: rows carry their
 * window's end (and start) as fields; per (partition key, window) the operator keeps only the rows
 * that rank within the range end, sorted, and when the watermark reaches {@code window_end - 1} emits
 * the rows of the range as {@code +I} (with the rank appended when asked) and drops the window's state.
 * Output is append-only. Windows of {@link #onProcessingTime} fire on the clock instead. A row whose
 * window already fired is late: dropped and counted in
 * {@value #LATE_RECORDS_DROPPED}. Ties keep arrival order, except for deduplication keeping the last
 * row, where a later row with an equal rowtime wins (as Flink's window deduplication).
 */
public final class WindowRankOperator extends AbstractOneInputOperator {

    /** The counter of dropped late rows. */
    public static final String LATE_RECORDS_DROPPED = EventTimeWindowOperator.LATE_RECORDS_DROPPED;

    private final RowSchema inputSchema;
    private final int windowEndField;
    private final Comparator<Row> comparator;
    private final RankRange range;
    private final boolean outputRankNumber;
    private final boolean laterRowWinsTies;
    private final boolean processingTime;
    private final RankType rankType;
    private MapState<Long, List<Row>> topRows;
    private RankedOutput rankedOutput;
    private Counter lateRecordsDropped;

    /**
     * @param partitionKey the PARTITION BY key without the window columns ({@link EmptyKeySelector#INSTANCE} if none)
     * @param inputSchema the schema of input rows
     * @param windowEndField the index of {@code window_end} (TIMESTAMP, TIMESTAMP_LTZ or BIGINT epoch millis)
     * @param sort the ORDER BY over input fields
     * @param range the ranks to emit
     * @param outputRankNumber whether the rank is appended to output rows
     */
    public WindowRankOperator(KeySelector partitionKey, RowSchema inputSchema, int windowEndField, SortSpec sort,
                              RankRange range, boolean outputRankNumber) {
        this(partitionKey, inputSchema, windowEndField, sort, range, outputRankNumber, RankType.ROW_NUMBER);
    }

    /**
     * Window Top-N by {@code rankType}: with RANK and DENSE_RANK, rows tied on the sort key share a rank, so a
     * window may emit more rows than the range holds.
     */
    public WindowRankOperator(KeySelector partitionKey, RowSchema inputSchema, int windowEndField, SortSpec sort,
                              RankRange range, boolean outputRankNumber, RankType rankType) {
        this(partitionKey, inputSchema, windowEndField, sort, range, outputRankNumber, false, false, rankType);
    }

    /** As {@link #WindowRankOperator(KeySelector, RowSchema, int, SortSpec, RankRange, boolean, RankType)}, running generated sort code. */
    public WindowRankOperator(KeySelector partitionKey, RowSchema inputSchema, int windowEndField, SortSpec sort,
                              RankRange range, boolean outputRankNumber, RankType rankType, SortCode sortCode) {
        this(partitionKey, inputSchema, windowEndField, sort, range, outputRankNumber, false, false, rankType, sortCode);
    }

    private WindowRankOperator(KeySelector partitionKey, RowSchema inputSchema, int windowEndField, SortSpec sort,
                               RankRange range, boolean outputRankNumber, boolean laterRowWinsTies, boolean processingTime) {
        this(partitionKey, inputSchema, windowEndField, sort, range, outputRankNumber, laterRowWinsTies, processingTime,
                RankType.ROW_NUMBER);
    }

    private WindowRankOperator(KeySelector partitionKey, RowSchema inputSchema, int windowEndField, SortSpec sort,
                               RankRange range, boolean outputRankNumber, boolean laterRowWinsTies, boolean processingTime,
                               RankType rankType) {
        this(partitionKey, inputSchema, windowEndField, sort, range, outputRankNumber, laterRowWinsTies, processingTime, rankType,
                SortCode.INTERPRETED);
    }

    private WindowRankOperator(KeySelector partitionKey, RowSchema inputSchema, int windowEndField, SortSpec sort,
                               RankRange range, boolean outputRankNumber, boolean laterRowWinsTies, boolean processingTime,
                               RankType rankType, SortCode sortCode) {
        super(requireNonNull(partitionKey, "partitionKey is null"));
        this.inputSchema = requireNonNull(inputSchema, "inputSchema is null");
        this.windowEndField = TimeFields.check(inputSchema, windowEndField, "window end");
        new RowComparator(inputSchema, requireNonNull(sort, "sort is null").fields());
        this.comparator = requireNonNull(sortCode, "sortCode is null").rowComparator(sort, inputSchema);
        this.range = requireNonNull(range, "range is null");
        this.outputRankNumber = outputRankNumber;
        this.laterRowWinsTies = laterRowWinsTies;
        this.processingTime = processingTime;
        this.rankType = requireNonNull(rankType, "rankType is null");
    }

    /**
     * Window Top-N over processing-time windows: a window fires when the clock reaches {@code window_end - 1};
     * rows of windows whose end already passed are dropped and counted.
     */
    public static WindowRankOperator onProcessingTime(KeySelector partitionKey, RowSchema inputSchema, int windowEndField,
                                                      SortSpec sort, RankRange range, boolean outputRankNumber) {
        return new WindowRankOperator(partitionKey, inputSchema, windowEndField, sort, range, outputRankNumber, false, true);
    }

    /**
     * Window deduplication: {@code ROW_NUMBER() OVER (PARTITION BY window_start, window_end, k ORDER BY rowtime
     * ASC|DESC)} with {@code rownum = 1}, keeping the first or last row of each window and key.
     */
    public static WindowRankOperator deduplicate(KeySelector partitionKey, RowSchema inputSchema, int windowEndField,
                                                 int rowtimeField, DeduplicateOperator.Keep keep) {
        TimeFields.check(inputSchema, rowtimeField, "rowtime");
        boolean last = keep == DeduplicateOperator.Keep.LAST;
        SortField order = last ? SortField.descending(rowtimeField) : SortField.ascending(rowtimeField);
        return new WindowRankOperator(partitionKey, inputSchema, windowEndField, SortSpec.of(order), RankRange.top(1), false, last, false);
    }

    @Override
    public void open() {
        topRows = keyedStateBackend().mapState(StateDescriptor.map("window-top-rows", Serializers.LONG,
                Serializers.listOf(new RowSerializer(inputSchema))));
        rankedOutput = new RankedOutput(output, inputSchema, range, outputRankNumber);
        lateRecordsDropped = context.metrics().counter(LATE_RECORDS_DROPPED);
    }

    @Override
    public void processElement(Row row) {
        if (row.getKind() != RowKind.INSERT) {
            throw new IllegalStateException("window ranking needs append-only input, got " + row);
        }
        if (row.isNullAt(windowEndField)) {
            throw new IllegalArgumentException("the window end field " + inputSchema.name(windowEndField) + " is null in " + row);
        }
        long windowEnd = row.getLong(windowEndField);
        setCurrentKeyOf(row);
        long now = processingTime ? timerService().currentProcessingTime() : currentWatermark();
        if (windowEnd - 1 <= now) {
            lateRecordsDropped.increment();
            return;
        }
        List<Row> rows = topRows.get(windowEnd);
        int position = position(rows, row);
        if (rankType == RankType.ROW_NUMBER && position >= range.end()) {
            return;
        }
        List<Row> updated = rows == null ? new ArrayList<>(1) : new ArrayList<>(rows);
        updated.add(position, row.copy());
        int kept = rankType.ranks(updated, comparator, range.end()).length;
        while (updated.size() > kept) {
            updated.remove(updated.size() - 1);
        }
        topRows.put(windowEnd, updated);
        if (rows == null && processingTime) {
            timerService().registerProcessingTimeTimer(windowEnd, windowEnd - 1);
        } else if (rows == null) {
            timerService().registerEventTimeTimer(windowEnd, windowEnd - 1);
        }
    }

    /** Where {@code row} goes in the sorted rows: after its ties, or before them when the later row wins ties. */
    private int position(List<Row> rows, Row row) {
        if (rows == null) {
            return 0;
        }
        int low = 0;
        int high = rows.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            int order = comparator.compare(rows.get(middle), row);
            if (order < 0 || (order == 0 && !laterRowWinsTies)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
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
        List<Row> rows = topRows.get(windowEnd);
        if (rows == null) {
            return;
        }
        topRows.remove(windowEnd);
        long[] ranks = rankType.ranks(rows, comparator, range.end());
        for (int i = 0; i < ranks.length; i++) {
            rankedOutput.emit(RowKind.INSERT, rows.get(i), ranks[i]);
        }
    }

    @Override
    public String toString() {
        return "WindowRank(" + rankType + ", " + comparator + ", " + range + (outputRankNumber ? ", with rank number" : "") + ")";
    }
}

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
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import io.eddy.runtime.state.ValueState;

/**
 * Deduplication: {@code ROW_NUMBER() OVER (PARTITION BY k ORDER BY <time attribute> ASC|DESC)} with
 * {@code rownum = 1}, with the semantics of Flink's deduplicate functions.
 *
 * <ul>
 *   <li>Keep first on processing time: the first row per key is {@code +I}, later rows are ignored
 *       (append-only output; input must be append-only).</li>
 *   <li>Keep last on processing time: the first row per key is {@code +I}, each later one
 *       {@code -U[kept]} (when {@code generateUpdateBefore}) then {@code +U[new]}, nothing when the new row
 *       equals the kept one and state TTL is off. Changelog input is
 *       accepted: a retraction ({@code -U}/{@code -D}) of the key emits {@code -D[kept]} and forgets it.</li>
 *   <li>On rowtime (input must be append-only): the kept row is replaced by a row whose rowtime is
 *       later or equal (keep last) or strictly earlier (keep first), emitted as for keep last.</li>
 * </ul>
 * State (one value per key) expires with {@code table.exec.state.ttl}; a key whose state expired
 * starts again with {@code +I}. Retractions of keys without state are ignored and counted.
 */
public final class DeduplicateOperator extends AbstractOneInputOperator {

    /** Which row of each key is kept. */
    public enum Keep { FIRST, LAST }

    /** Counter of retractions for keys without kept row (expired state); they are ignored. */
    public static final String STALE_RETRACTIONS_IGNORED = TopNOperator.STALE_RETRACTIONS_IGNORED;

    private static final int NO_ROWTIME = -1;

    private final RowSchema inputSchema;
    private final Keep keep;
    private final int rowtimeField;
    private final boolean generateUpdateBefore;
    private ValueState<Integer> seen;
    private ValueState<Row> kept;
    private Counter staleRetractions;
    private boolean ttlEnabled;

    private DeduplicateOperator(KeySelector key, RowSchema inputSchema, Keep keep, int rowtimeField, boolean generateUpdateBefore) {
        super(requireNonNull(key, "key is null"));
        this.inputSchema = requireNonNull(inputSchema, "inputSchema is null");
        this.keep = requireNonNull(keep, "keep is null");
        this.rowtimeField = rowtimeField;
        this.generateUpdateBefore = generateUpdateBefore;
    }

    /**
     * Deduplication ordered by a processing-time attribute (rows in arrival order).
     *
     * @param generateUpdateBefore whether keep-last emits {@code -U} before each {@code +U} (false for upsert sinks)
     */
    public static DeduplicateOperator onProcessingTime(KeySelector key, RowSchema inputSchema, Keep keep,
                                                       boolean generateUpdateBefore) {
        return new DeduplicateOperator(key, inputSchema, keep, NO_ROWTIME, generateUpdateBefore);
    }

    /** Deduplication ordered by the rowtime field {@code rowtimeField} (TIMESTAMP, TIMESTAMP_LTZ or BIGINT). */
    public static DeduplicateOperator onRowtime(KeySelector key, RowSchema inputSchema, Keep keep, int rowtimeField,
                                                boolean generateUpdateBefore) {
        TimeFields.check(requireNonNull(inputSchema, "inputSchema is null"), rowtimeField, "rowtime");
        return new DeduplicateOperator(key, inputSchema, keep, rowtimeField, generateUpdateBefore);
    }

    @Override
    public void open() {
        StateTtl ttl = StateTtl.fromConfiguration(context.configuration());
        ttlEnabled = ttl.isEnabled();
        if (keepsFirstByArrival()) {
            seen = keyedStateBackend().valueState(StateDescriptor.value("deduplicate-seen", Serializers.INT).withTtl(ttl));
        } else {
            kept = keyedStateBackend().valueState(
                    StateDescriptor.value("deduplicate-kept", new RowSerializer(inputSchema)).withTtl(ttl));
        }
        staleRetractions = context.metrics().counter(STALE_RETRACTIONS_IGNORED);
    }

    private boolean keepsFirstByArrival() {
        return keep == Keep.FIRST && rowtimeField == NO_ROWTIME;
    }

    @Override
    public void processElement(Row row) {
        boolean accumulate = row.getKind().isAccumulate();
        if (!accumulate && (keep == Keep.FIRST || rowtimeField != NO_ROWTIME)) {
            throw new IllegalStateException("deduplication keeping the " + keep.name().toLowerCase()
                    + " row" + (rowtimeField == NO_ROWTIME ? "" : " by rowtime") + " needs append-only input, got " + row);
        }
        setCurrentKeyOf(row);
        if (keepsFirstByArrival()) {
            if (seen.value() == null) {
                seen.update(1);
                output.collect(row);
            }
            return;
        }
        Row previous = kept.value();
        if (!accumulate) {
            retract(previous);
            return;
        }
        if (previous != null && !replaces(previous, row)) {
            return;
        }
        Row copy = row.copy().setKind(RowKind.INSERT);
        if (previous != null && rowtimeField == NO_ROWTIME && !ttlEnabled && previous.equals(copy)) {
            // Same content as the kept row: no update to emit (with TTL Flink emits it, to keep downstream state alive).
            return;
        }
        kept.update(copy);
        if (previous == null) {
            output.collect(copy);
            return;
        }
        if (generateUpdateBefore) {
            output.collect(previous.copy().setKind(RowKind.UPDATE_BEFORE));
        }
        output.collect(copy.copy().setKind(RowKind.UPDATE_AFTER));
    }

    private boolean replaces(Row previous, Row row) {
        if (rowtimeField == NO_ROWTIME) {
            return true;
        }
        long previousTime = previous.getLong(rowtimeField);
        long time = rowtime(row);
        return keep == Keep.LAST ? previousTime <= time : time < previousTime;
    }

    private long rowtime(Row row) {
        if (row.isNullAt(rowtimeField)) {
            throw new IllegalArgumentException("the rowtime field " + inputSchema.name(rowtimeField) + " is null in " + row
                    + "; deduplication on rowtime needs a non-null time attribute");
        }
        return row.getLong(rowtimeField);
    }

    private void retract(Row previous) {
        if (previous == null) {
            staleRetractions.increment();
            return;
        }
        kept.clear();
        output.collect(previous.copy().setKind(RowKind.DELETE));
    }

    @Override
    public String toString() {
        return "Deduplicate(keep " + keep + (rowtimeField == NO_ROWTIME ? " by arrival" : " by rowtime $" + rowtimeField) + ")";
    }
}

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
 *
 * <p>On rowtime without {@code -U} (an upsert or blackhole sink reads none) the kept row itself is never
 * read again, so only its rowtime is kept: a long per key instead of a row, and each emitted row is the input
 * row copied into one reused output row.
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
    /** The rowtime of the kept row, in place of the row when no {@code -U} is emitted (see {@link #keepsTimeOnly()}). */
    private ValueState<Long> keptTime;
    private Row emitted;
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
        } else if (keepsTimeOnly()) {
            keptTime = keyedStateBackend().valueState(
                    StateDescriptor.value("deduplicate-kept-time", Serializers.LONG).withTtl(ttl));
        } else {
            kept = keyedStateBackend().valueState(
                    StateDescriptor.value("deduplicate-kept", new RowSerializer(inputSchema)).withTtl(ttl));
        }
        staleRetractions = context.metrics().counter(STALE_RETRACTIONS_IGNORED);
        emitted = new Row(inputSchema);
    }

    private boolean keepsFirstByArrival() {
        return keep == Keep.FIRST && rowtimeField == NO_ROWTIME;
    }

    /** On rowtime the input is append-only, so without {@code -U} nothing reads the kept row again, only its time. */
    private boolean keepsTimeOnly() {
        return rowtimeField != NO_ROWTIME && !generateUpdateBefore;
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
        if (keepsTimeOnly()) {
            long time = rowtime(row);
            Long previousTime = keptTime.value();
            if (previousTime == null || replaces(previousTime, time)) {
                keptTime.update(time);
                output.collect(emitted(row, previousTime == null ? RowKind.INSERT : RowKind.UPDATE_AFTER));
            }
            return;
        }
        Row previous = kept.value();
        if (!accumulate) {
            retract(previous);
            return;
        }
        if (previous != null && rowtimeField != NO_ROWTIME && !replaces(previous.getLong(rowtimeField), rowtime(row))) {
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
        output.collect(emitted(copy, RowKind.UPDATE_AFTER));
    }

    /** Whether a row at {@code time} replaces the kept row at {@code previousTime}. */
    private boolean replaces(long previousTime, long time) {
        return keep == Keep.LAST ? previousTime <= time : time < previousTime;
    }

    /** {@code row}'s fields with {@code kind} in the reused output row (the kept row, in heap state, stays as it is). */
    private Row emitted(Row row, RowKind kind) {
        emitted.setKind(kind);
        for (int i = 0; i < emitted.arity(); i++) {
            emitted.setFieldFrom(i, row, i);
        }
        return emitted;
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

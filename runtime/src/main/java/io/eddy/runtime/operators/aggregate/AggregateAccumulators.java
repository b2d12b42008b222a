package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.StateTtl;
import java.util.List;

/**
 * The public entry point to this package's accumulator machinery for operators elsewhere (OVER
 * aggregation): one accumulator row per key holding every call's fields, updated by accumulating and
 * retracting input rows. Same semantics as the group aggregate (FILTER, null arguments, DISTINCT),
 * with namespace 0 for DISTINCT entries. One instance per operator subtask.
 */
public final class AggregateAccumulators {

    private final Aggregations aggregations;

    /**
     * @param inputSchema the schema of input rows
     * @param calls the aggregate calls, in output order
     * @param retracting whether rows will be retracted (MIN/MAX, FIRST_VALUE, LAST_VALUE and LISTAGG
     *     then keep the values retraction needs in map state)
     */
    public AggregateAccumulators(RowSchema inputSchema, List<AggregateCall> calls, boolean retracting) {
        this(inputSchema, calls, retracting, null);
    }

    /**
     * @param code generated code for the calls {@link AggregateCode#generatable} accepts (and the row
     *     count), or null for the hand-written functions only
     */
    public AggregateAccumulators(RowSchema inputSchema, List<AggregateCall> calls, boolean retracting,
                                 AccumulatorCode code) {
        this.aggregations = new Aggregations(inputSchema, calls, retracting, code);
    }

    /**
     * A key selector over {@code fields} of {@code inputSchema} that reuses one key row; no fields is the
     * single key of a global aggregate (or an OVER window without PARTITION BY). One per operator subtask.
     */
    public static KeySelector keySelector(RowSchema inputSchema, int[] fields) {
        return new ReusingKeySelector(inputSchema, fields);
    }

    /** The key selector over {@code fields}: {@code code}'s generated one if it has one. */
    public static KeySelector keySelector(RowSchema inputSchema, int[] fields, AggregateCode code) {
        return code.keySelector(inputSchema, fields);
    }

    /** A fresh instance of {@code code}'s accumulator code, or null when it has none. */
    public static AccumulatorCode newAccumulators(AggregateCode code) {
        return code.newAccumulators();
    }

    /** The calls, in output order. */
    public List<AggregateCall> calls() {
        return aggregations.calls();
    }

    /** The schema of accumulator rows, for their state serializer. */
    public RowSchema accumulatorSchema() {
        return aggregations.accumulatorSchema();
    }

    /**
     * The index in the accumulator row of each call's first field (field 0 is the row count): the
     * layout generated accumulator code writes.
     */
    public int[] accumulatorOffsets() {
        return aggregations.offsets();
    }

    /** One field per call: its name and result type. */
    public List<RowSchema.Field> resultFields() {
        return aggregations.resultFields();
    }

    /** Creates the per-key map states of DISTINCT and retracting calls; call from the operator's {@code open}. */
    public void open(KeyedStateBackend backend, StateTtl ttl) {
        aggregations.open(backend, ttl);
    }

    /** A fresh accumulator row: nothing accumulated. */
    public Row createAccumulator() {
        return aggregations.createAccumulator();
    }

    public void accumulate(Row accumulator, Row input) {
        aggregations.accumulate(accumulator, input, 0L);
    }

    public void retract(Row accumulator, Row input) {
        aggregations.retract(accumulator, input, 0L);
    }

    /**
     * Writes AVG's result {@code sumRow[sumField] / count} ({@code count > 0}) of {@code sumType} as
     * {@code resultType} into {@code target[targetField]}: the helper generated accumulator code calls
     * for the type pairs it does not divide itself.
     */
    public static void writeAverage(Row sumRow, int sumField, FieldType sumType, long count, Row target, int targetField,
                                    FieldType resultType) {
        Arithmetic.divide(sumRow, sumField, sumType, count, target, targetField, resultType);
    }

    /** Rows accumulated minus rows retracted. */
    public static long rowCount(Row accumulator) {
        return Aggregations.rowCount(accumulator);
    }

    /** Writes one result field per call into {@code target}, from field {@code firstField} on. */
    public void writeResults(Row accumulator, Row target, int firstField) {
        aggregations.writeResults(accumulator, target, firstField);
    }

    /** Drops the current key's map states (DISTINCT counts, retraction values). */
    public void clearKey() {
        aggregations.clearKey();
    }
}

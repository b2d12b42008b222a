package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.RowSchema;
import java.util.function.Supplier;

/**
 * The generated code an aggregate operator runs per record, as factories of fresh instances (one
 * instance per subtask): its key selector and its accumulator code. A missing factory means the
 * hand-written path ({@link #INTERPRETED}, as runtime tests build operators without a planner).
 *
 * @param keySelectors makes the group key selector (it may reuse one key row), or null
 * @param accumulators makes the accumulator code of the calls {@link #generatable} accepts, or null
 */
public record AggregateCode(Supplier<? extends KeySelector> keySelectors,
                            Supplier<? extends AccumulatorCode> accumulators) {

    /** No generated code: the hand-written key selector and functions. */
    public static final AggregateCode INTERPRETED = new AggregateCode(null, null);

    /**
     * Whether generated accumulator code handles {@code call}: COUNT, COUNT(*), SUM, $SUM0 and AVG
     * without DISTINCT, and MIN/MAX without DISTINCT over an append-only input ({@code retracting}
     * false). The others stay with the hand-written functions, which keep map state.
     */
    public static boolean generatable(AggregateCall call, boolean retracting) {
        if (call.distinct()) {
            return false;
        }
        return switch (call.kind()) {
            case COUNT_STAR, COUNT, SUM, SUM0, AVG -> true;
            case MIN, MAX -> !retracting;
            default -> false;
        };
    }

    /** The key selector over {@code fields}: a generated one when there is a factory. */
    KeySelector keySelector(RowSchema inputSchema, int[] fields) {
        if (keySelectors == null || fields.length == 0) {
            return new ReusingKeySelector(inputSchema, fields);
        }
        KeySelector selector = keySelectors.get();
        RowSchema expected = inputSchema.project(fields);
        if (!selector.keySchema().equals(expected)) {
            throw new IllegalArgumentException("key selector " + selector + " makes " + selector.keySchema()
                    + ", the operator needs " + expected);
        }
        return selector;
    }

    /** A fresh accumulator code instance, or null for the hand-written functions only. */
    AccumulatorCode newAccumulators() {
        return accumulators == null ? null : accumulators.get();
    }

    @Override
    public String toString() {
        return keySelectors == null && accumulators == null ? "interpreted" : "generated";
    }
}

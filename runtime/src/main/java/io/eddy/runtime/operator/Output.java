package io.eddy.runtime.operator;

import io.eddy.runtime.data.Row;

/**
 * Where an operator emits. Records, watermarks and idleness stay in the order emitted.
 *
 * <p>{@link #collect(Row)} hands the row over for the duration of the call only: the operator may
 * reuse the row object afterwards, and receivers that keep it copy it. Calls never block for long;
 * back-pressure is applied between input records, not inside an operator.
 */
public interface Output {

    void collect(Row row);

    /** Emits event-time progress: no later record will have a timestamp at or below this (unless late). */
    void emitWatermark(long watermark);

    /**
     * Tells downstream that this output is idle (emits no records and no watermarks for now) or active
     * again. Idle inputs are left out when downstream operators take the minimum of their input watermarks.
     */
    void emitWatermarkStatus(boolean idle);
}

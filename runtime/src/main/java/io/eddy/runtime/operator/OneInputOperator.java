package io.eddy.runtime.operator;

import io.eddy.runtime.data.Row;

/**
 * An operator with one input. See {@link StreamOperator} for the lifecycle.
 *
 * <p>A row passed to {@link #processElement(Row)} belongs to the caller after the call returns: keep a
 * {@link Row#copy()} if needed, and never modify the input row.
 */
public interface OneInputOperator extends StreamOperator {

    void processElement(Row row) throws Exception;

    /** The input's watermark advanced (already merged over channels); fire event-time timers, then forward. */
    void processWatermark(long watermark) throws Exception;

    /** The input became idle or active again; by default forwarded downstream. */
    void processWatermarkStatus(boolean idle) throws Exception;
}

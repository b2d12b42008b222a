package io.eddy.runtime.operator;

import io.eddy.runtime.data.Row;

/**
 * An operator with two inputs (joins, unions with state). See {@link StreamOperator} for the lifecycle.
 * Its event time is the minimum of the two input watermarks, leaving out an idle input.
 */
public interface TwoInputOperator extends StreamOperator {

    void processElement1(Row row) throws Exception;

    void processElement2(Row row) throws Exception;

    void processWatermark1(long watermark) throws Exception;

    void processWatermark2(long watermark) throws Exception;

    /** Input 1 became idle or active again; idle inputs do not hold back the operator's event time. */
    void processWatermarkStatus1(boolean idle) throws Exception;

    /** Input 2 became idle or active again. */
    void processWatermarkStatus2(boolean idle) throws Exception;

    /** Input 1 or 2 ended (all its channels ended); called before {@link #finish()}. */
    default void endInput(int input) throws Exception {
    }
}

package io.eddy.runtime.operators.aggregate;

/**
 * A window column a window aggregate appends to its output, as Flink's window TVF columns (and the
 * legacy {@code TUMBLE_START}/{@code TUMBLE_END}/{@code TUMBLE_ROWTIME} functions).
 */
public enum WindowProperty {
    /** {@code window_start}: TIMESTAMP(3). */
    WINDOW_START,
    /** {@code window_end} (exclusive): TIMESTAMP(3). */
    WINDOW_END,
    /** {@code window_time} = window_end - 1 ms, a time attribute of the rowtime's type (TIMESTAMP(3) or TIMESTAMP_LTZ(3)). */
    WINDOW_TIME
}

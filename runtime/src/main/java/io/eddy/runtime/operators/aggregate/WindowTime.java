package io.eddy.runtime.operators.aggregate;

/**
 * Which clock assigns rows to the windows of a window aggregate and fires them, as Flink's window
 * aggregates over a rowtime or a {@code PROCTIME()} attribute.
 */
public enum WindowTime {
    /**
     * Rows go to the windows of their time attribute; a window fires when the watermark reaches its end
     * minus one millisecond; rows for fired windows are late.
     */
    EVENT_TIME,
    /**
     * Rows go to the windows of the operator's processing time when they arrive (the time attribute's value is
     * not read); a window fires when processing time reaches its end. Watermarks are passed on but fire nothing,
     * and windows still open when the input ends are dropped, as Flink quiesces processing-time timers at the
     * end of a bounded input. Nothing is late.
     */
    PROCESSING_TIME
}

package io.eddy.runtime.time;

import io.eddy.runtime.data.Row;

/** Tracks the event-time progress of one source split from the records it emits. Single-threaded. */
public interface WatermarkGenerator {

    void onEvent(Row row);

    /** The current watermark, {@code Long.MIN_VALUE} before any record; never decreases. */
    long currentWatermark();
}

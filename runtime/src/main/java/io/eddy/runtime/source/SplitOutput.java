package io.eddy.runtime.source;

import io.eddy.runtime.data.Row;

/**
 * Emits the records of one split. The runtime extracts each record's timestamp, advances the split's
 * watermark generator and tracks the split's activity for idleness.
 */
public interface SplitOutput {

    /** Emits one record; the row may be reused by the reader after the call. */
    void collect(Row row);

    /** Reports the split's position (offset, sequence number) and lag for metrics. */
    void reportPosition(String position, long lag);
}

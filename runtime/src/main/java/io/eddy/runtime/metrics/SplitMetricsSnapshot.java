package io.eddy.runtime.metrics;

import static java.util.Objects.requireNonNull;

/**
 * The progress of one source split at one moment.
 *
 * @param splitId the split's id
 * @param subtaskIndex the reader subtask that owns it
 * @param records records read from it
 * @param watermark its own watermark, {@code Long.MIN_VALUE} before any
 * @param position the reader's last reported position (offset, sequence number ...)
 * @param lag the reader's last reported lag
 * @param idle whether it is currently idle
 */
public record SplitMetricsSnapshot(String splitId, int subtaskIndex, long records, long watermark, String position,
                                   long lag, boolean idle) {
    public SplitMetricsSnapshot {
        requireNonNull(splitId, "splitId is null");
        requireNonNull(position, "position is null");
    }
}

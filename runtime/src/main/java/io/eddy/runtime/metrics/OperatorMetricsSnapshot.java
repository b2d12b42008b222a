package io.eddy.runtime.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The metrics of one operator subtask at one moment.
 *
 * @param operatorName the vertex (operator) name
 * @param subtaskIndex 0-based subtask index
 * @param recordsIn records received
 * @param recordsOut records emitted
 * @param currentWatermark the last watermark received, {@code Long.MIN_VALUE} before any
 * @param counters the operator's own counters by name
 */
public record OperatorMetricsSnapshot(String operatorName, int subtaskIndex, long recordsIn, long recordsOut,
                                      long currentWatermark, Map<String, Long> counters) {
    public OperatorMetricsSnapshot {
        requireNonNull(operatorName, "operatorName is null");
        counters = Map.copyOf(requireNonNull(counters, "counters is null"));
    }

    /** A named counter, 0 when the operator never touched it. */
    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }
}

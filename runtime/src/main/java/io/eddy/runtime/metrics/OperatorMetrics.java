package io.eddy.runtime.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live metrics of one operator subtask: records in and out, current watermark, and counters an
 * operator adds itself (such as {@code numLateRecordsDropped}).
 */
public final class OperatorMetrics {

    private final String operatorName;
    private final int subtaskIndex;
    private final Counter recordsIn = new Counter();
    private final Counter recordsOut = new Counter();
    private final Counter currentWatermark = new Counter();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public OperatorMetrics(String operatorName, int subtaskIndex) {
        this.operatorName = requireNonNull(operatorName, "operatorName is null");
        this.subtaskIndex = subtaskIndex;
        currentWatermark.set(Long.MIN_VALUE);
    }

    public String operatorName() {
        return operatorName;
    }

    public int subtaskIndex() {
        return subtaskIndex;
    }

    public Counter recordsIn() {
        return recordsIn;
    }

    public Counter recordsOut() {
        return recordsOut;
    }

    public Counter currentWatermark() {
        return currentWatermark;
    }

    /** A named counter of this operator, created on first use. */
    public Counter counter(String name) {
        return counters.computeIfAbsent(name, ignored -> new Counter());
    }

    /** An immutable view of the values now. */
    public OperatorMetricsSnapshot snapshot() {
        Map<String, Long> values = new TreeMap<>();
        counters.forEach((name, counter) -> values.put(name, counter.get()));
        return new OperatorMetricsSnapshot(operatorName, subtaskIndex, recordsIn.get(), recordsOut.get(),
                currentWatermark.get(), values);
    }
}

package io.eddy.runtime.metrics;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * A snapshot of a job's metrics: every operator subtask, every source split, and per exchange the
 * largest number of records that were ever buffered in flight at once.
 *
 * @param operators per operator subtask
 * @param splits per source split
 * @param maxInFlightRecords per exchange edge ("producer -> consumer"), the high-water mark of buffered records
 */
public record JobMetrics(List<OperatorMetricsSnapshot> operators, List<SplitMetricsSnapshot> splits,
                         Map<String, Long> maxInFlightRecords) {

    public JobMetrics {
        operators = List.copyOf(requireNonNull(operators, "operators is null"));
        splits = List.copyOf(requireNonNull(splits, "splits is null"));
        maxInFlightRecords = Map.copyOf(requireNonNull(maxInFlightRecords, "maxInFlightRecords is null"));
    }

    /** The subtasks of one operator, by subtask index. */
    public List<OperatorMetricsSnapshot> operator(String name) {
        return operators.stream().filter(metrics -> metrics.operatorName().equals(name)).toList();
    }

    /** Records received by all subtasks of one operator. */
    public long recordsIn(String operatorName) {
        return operator(operatorName).stream().mapToLong(OperatorMetricsSnapshot::recordsIn).sum();
    }

    /** Records emitted by all subtasks of one operator. */
    public long recordsOut(String operatorName) {
        return operator(operatorName).stream().mapToLong(OperatorMetricsSnapshot::recordsOut).sum();
    }

    /** The sum of one named counter over all subtasks of one operator. */
    public long counter(String operatorName, String counterName) {
        return operator(operatorName).stream().mapToLong(metrics -> metrics.counter(counterName)).sum();
    }
}

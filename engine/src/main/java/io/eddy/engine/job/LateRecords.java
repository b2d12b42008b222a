package io.eddy.engine.job;

import io.eddy.runtime.metrics.JobMetrics;
import io.eddy.runtime.metrics.OperatorMetricsSnapshot;
import io.eddy.runtime.operators.aggregate.WindowAggregateOperator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a job's operators counted in {@value WindowAggregateOperator#LATE_RECORDS_DROPPED}
 * (records that arrived after the watermark passed their window or OVER row, dropped as in
 * Flink), summed over subtasks, as the line the engine logs when the job ends.
 */
final class LateRecords {

    private LateRecords() {
    }

    /** "Job j dropped 5 late records (numLateRecordsDropped): op 5", empty when none was dropped. */
    static Optional<String> summary(String jobId, JobMetrics metrics) {
        Map<String, Long> perOperator = new TreeMap<>();
        for (OperatorMetricsSnapshot subtask : metrics.operators()) {
            long dropped = subtask.counter(WindowAggregateOperator.LATE_RECORDS_DROPPED);
            if (dropped > 0) {
                perOperator.merge(subtask.operatorName(), dropped, Long::sum);
            }
        }
        if (perOperator.isEmpty()) {
            return Optional.empty();
        }
        long total = perOperator.values().stream().mapToLong(Long::longValue).sum();
        return Optional.of("Job " + jobId + " dropped " + total + " late record" + (total == 1 ? "" : "s") + " ("
                + WindowAggregateOperator.LATE_RECORDS_DROPPED + "): " + perOperator.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")));
    }
}

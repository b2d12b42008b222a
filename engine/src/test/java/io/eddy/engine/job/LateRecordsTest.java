package io.eddy.engine.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.metrics.JobMetrics;
import io.eddy.runtime.metrics.OperatorMetricsSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LateRecordsTest {

    @Test
    void theSummarySumsEachOperatorsSubtasks() {
        JobMetrics metrics = new JobMetrics(List.of(
                subtask("WindowAggregate", 0, 3), subtask("WindowAggregate", 1, 2),
                subtask("OverAggregate", 0, 1), subtask("Calc", 0, 0)), List.of(), Map.of());

        assertThat(LateRecords.summary("j1", metrics)).contains(
                "Job j1 dropped 6 late records (numLateRecordsDropped): OverAggregate 1, WindowAggregate 5");
    }

    @Test
    void nothingIsReportedWhenNoRecordWasLate() {
        JobMetrics metrics = new JobMetrics(List.of(subtask("WindowAggregate", 0, 0),
                new OperatorMetricsSnapshot("Calc", 0, 10, 10, 0, Map.of())), List.of(), Map.of());

        assertThat(LateRecords.summary("j1", metrics)).isEmpty();
        assertThat(LateRecords.summary("j2", new JobMetrics(List.of(subtask("Window", 0, 1)), List.of(), Map.of())))
                .contains("Job j2 dropped 1 late record (numLateRecordsDropped): Window 1");
    }

    private static OperatorMetricsSnapshot subtask(String operator, int index, long late) {
        return new OperatorMetricsSnapshot(operator, index, 10, 10, 0, Map.of("numLateRecordsDropped", late));
    }
}

package io.eddy.connectors.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.execution.JobClient;
import io.eddy.runtime.execution.JobManager;
import io.eddy.runtime.execution.JobStatus;
import io.eddy.runtime.metrics.SplitMetricsSnapshot;
import io.eddy.runtime.operators.EventTimeWindowOperator;
import io.eddy.runtime.sink.CollectingSink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * nexmark(bid) → filter → hash by auction → count per 10-second event-time window → collecting sink,
 * on the runtime's job manager: the same counts at every parallelism, chained or not. Processing time
 * runs a thousand times faster than the wall clock so that 30 s of events at 1,000 events/s are
 * emitted at their rate within milliseconds.
 */
class NexmarkWindowCountJobTest {

    private static final Map<String, String> OPTIONS = Map.of("table", "bid", "events-per-second", "1000",
            "max-events", "30000", "seed", "42");

    private static List<String> expected;

    @BeforeAll
    static void computeExpectedCountsDirectly() throws Exception {
        expected = NexmarkWindowCounts.expected(OPTIONS);
        assertThat(expected).hasSizeGreaterThan(100);
    }

    @ParameterizedTest(name = "parallelism {0}, chaining {1}")
    @CsvSource({"1, true", "2, true", "4, true", "4, false"})
    void countsAreTheSameAtEveryParallelism(int parallelism, boolean chaining) throws Exception {
        Configuration configuration = new Configuration()
                .set(RuntimeOptions.TASK_SLOTS, "4")
                .set(RuntimeOptions.OPERATOR_CHAINING, Boolean.toString(chaining));
        CollectingSink sink = new CollectingSink();
        try (JobManager jobManager = new JobManager(configuration, NexmarkWindowCounts.fastClock(1000))) {
            JobClient job = jobManager.submit(NexmarkWindowCounts.job(NexmarkWindowCounts.bids(OPTIONS), sink, parallelism));
            assertThat(job.awaitTermination(Duration.ofSeconds(60))).isEqualTo(JobStatus.FINISHED);
            assertThat(sink.sortedStrings()).isEqualTo(expected);
            List<SplitMetricsSnapshot> splits = job.metrics().splits();
            assertThat(splits).hasSize(parallelism);
            assertThat(splits.stream().mapToLong(SplitMetricsSnapshot::records).sum()).isEqualTo(27_600);
            assertThat(splits).allSatisfy(split -> assertThat(Long.parseLong(split.position())).as("next event number")
                    .isBetween(30_000L, 30_000L + parallelism - 1));
            assertThat(job.metrics().counter("count per window", EventTimeWindowOperator.LATE_RECORDS_DROPPED)).isZero();
        }
    }
}

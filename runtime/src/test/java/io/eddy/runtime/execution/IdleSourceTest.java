package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.sink.CollectingSink;
import io.eddy.runtime.source.memory.InMemorySource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdleSourceTest {

    /**
     * Split 0 has one row at 0 s and then goes quiet; split 1 runs to 65 s of event time. The reader
     * reads them in that order, so split 0 is idle first and then split 1's watermark alone counts.
     */
    private static List<List<Row>> data() {
        List<Row> busy = new ArrayList<>();
        for (int i = 1; i <= 650; i++) {
            busy.add(Row.withValues(RowKind.INSERT, TestJobs.EVENTS, "busy", (long) i, i * 100L));
        }
        List<Row> quiet = List.of(Row.withValues(RowKind.INSERT, TestJobs.EVENTS, "quiet", 1L, 0L));
        return List.of(quiet, busy);
    }

    private static CollectingSink run(String idleTimeout, long waitMillis, int expectedRows) throws Exception {
        CollectingSink sink = new CollectingSink();
        Configuration configuration = new Configuration()
                .set(RuntimeOptions.TASK_SLOTS, "1")
                .set(RuntimeOptions.SOURCE_IDLE_TIMEOUT, idleTimeout)
                .set(RuntimeOptions.BUFFER_TIMEOUT, "1 ms");
        try (JobManager jobManager = new JobManager(configuration)) {
            JobClient job = jobManager.submit(TestJobs.windowCountJob("idle", InMemorySource.unbounded(data()), sink, 1));
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            while (sink.size() < expectedRows && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            job.cancel();
            assertThat(job.awaitTermination(Duration.ofSeconds(10))).isEqualTo(JobStatus.CANCELED);
        }
        return sink;
    }

    @Test
    void anIdleSplitDoesNotHoldBackTheWatermark() throws Exception {
        CollectingSink sink = run("50 ms", 10_000, 7);
        assertThat(sink.sortedStrings()).contains(
                "+I[busy, 1970-01-01T00:00, 1970-01-01T00:00:10, 80]",
                "+I[busy, 1970-01-01T00:00:50, 1970-01-01T00:01, 80]",
                "+I[quiet, 1970-01-01T00:00, 1970-01-01T00:00:10, 1]");
        assertThat(sink.sortedStrings()).noneMatch(row -> row.contains("1970-01-01T00:01:10"));
    }

    @Test
    void withoutIdleTimeoutTheQuietSplitHoldsTheWatermark() throws Exception {
        CollectingSink sink = run("0 ms", 300, 1);
        assertThat(sink.rows()).isEmpty();
    }
}

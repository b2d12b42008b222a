package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.graph.Partitioning;
import io.eddy.runtime.metrics.JobMetrics;
import io.eddy.runtime.sink.CollectingSink;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.source.memory.InMemorySource;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackpressureTest {

    private static final int RECORDS_PER_BUFFER = 16;
    private static final int BUFFERS_PER_CHANNEL = 2;

    @Test
    void aSlowSinkSlowsTheSourceAndKeepsInFlightRecordsBounded() throws Exception {
        List<List<Row>> data = TestJobs.events(2, 1_500);
        CollectingSink sink = CollectingSink.slow(Duration.ofNanos(50_000));
        JobGraph.Builder builder = JobGraph.builder("backpressure");
        int events = builder.addSource("events", InMemorySource.bounded(data), WatermarkStrategy.noWatermarks(), 2);
        int collect = builder.addOperator("slow sink", SinkWriterOperator.factory(sink), 1);
        builder.connect(events, collect, Partitioning.REBALANCE);
        Configuration configuration = new Configuration()
                .set(RuntimeOptions.TASK_SLOTS, "2")
                .set(RuntimeOptions.RECORDS_PER_BUFFER, Integer.toString(RECORDS_PER_BUFFER))
                .set(RuntimeOptions.BUFFERS_PER_CHANNEL, Integer.toString(BUFFERS_PER_CHANNEL))
                .set(RuntimeOptions.BUFFER_TIMEOUT, "5 ms");
        int channels = 2;
        long channelBound = (long) channels * BUFFERS_PER_CHANNEL * RECORDS_PER_BUFFER;
        long largestGap = 0;
        try (JobManager jobManager = new JobManager(configuration)) {
            JobClient job = jobManager.submit(builder.build());
            while (!job.status().isTerminal()) {
                JobMetrics metrics = job.metrics();
                long consumed = metrics.recordsIn("slow sink");
                long produced = job.metrics().recordsOut("events");
                largestGap = Math.max(largestGap, produced - consumed);
                Thread.sleep(2);
            }
            assertThat(job.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
            JobMetrics metrics = job.metrics();
            assertThat(metrics.maxInFlightRecords().get("events -> slow sink")).isPositive().isLessThanOrEqualTo(channelBound);
            // Besides the channels, each source subtask holds at most one reader poll (64 rows) in waiting
            // buffers plus a partly filled buffer before it stops pulling, and the sink one buffer it is
            // working through: far below the 3,000 rows of the input.
            long producerSide = 2L * (64 + RECORDS_PER_BUFFER);
            assertThat(largestGap).isLessThanOrEqualTo(channelBound + producerSide + RECORDS_PER_BUFFER);
        }
        assertThat(sink.size()).as("nothing lost").isEqualTo(3_000);
        assertThat(sink.rows()).extracting(row -> row.getLong(1)).doesNotHaveDuplicates();
    }
}

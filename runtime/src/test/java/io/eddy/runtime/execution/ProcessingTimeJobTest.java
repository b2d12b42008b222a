package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.sink.CollectingSink;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.source.memory.InMemorySource;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.ValueState;
import io.eddy.runtime.time.ManualClock;
import io.eddy.runtime.time.Timer;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessingTimeJobTest {

    /** Counts rows per user and emits the count once 1 s of processing time passed after the first row. */
    private static final class CountThenReport extends AbstractOneInputOperator {
        private ValueState<Long> count;

        CountThenReport() {
            super(TestJobs.BY_USER);
        }

        @Override
        public void open() {
            count = keyedStateBackend().valueState(StateDescriptor.value("count", Serializers.LONG));
        }

        @Override
        public void processElement(Row row) {
            setCurrentKeyOf(row);
            Long current = count.value();
            if (current == null) {
                timerService().registerProcessingTimeTimer(0, timerService().currentProcessingTime() + 1_000);
            }
            count.update(current == null ? 1 : current + 1);
        }

        @Override
        public void onProcessingTime(Timer timer) {
            output.collect(Row.of(timer.key().getString(0), count.value()));
            count.clear();
        }
    }

    @Test
    void processingTimeTimersFireWhenTheJobsClockAdvances() throws Exception {
        ManualClock clock = new ManualClock(10_000);
        CollectingSink sink = new CollectingSink();
        JobGraph.Builder builder = JobGraph.builder("processing time");
        int events = builder.addSource("events", InMemorySource.unbounded(TestJobs.events(2, 100)), WatermarkStrategy.noWatermarks(), 2);
        int report = builder.addOperator("report", CountThenReport::new, 2);
        int collect = builder.addOperator("collect", SinkWriterOperator.factory(sink), 2);
        builder.hash(events, report, TestJobs.BY_USER).forward(report, collect);
        Configuration configuration = new Configuration().set(RuntimeOptions.TASK_SLOTS, "2").set(RuntimeOptions.BUFFER_TIMEOUT, "0 ms");
        try (JobManager jobManager = new JobManager(configuration, clock)) {
            JobClient job = jobManager.submit(builder.build());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (job.metrics().recordsIn("report") < 200 && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(20);
            assertThat(sink.rows()).as("no timer is due yet").isEmpty();
            clock.advance(1_000);
            while (sink.size() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            job.cancel();
            job.awaitTermination(Duration.ofSeconds(10));
        }
        assertThat(sink.sortedStrings()).hasSize(10).allMatch(row -> row.endsWith(", 20]"));
    }
}

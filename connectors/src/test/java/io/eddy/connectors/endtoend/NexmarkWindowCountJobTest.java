package io.eddy.connectors.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.connectors.generator.StridedSplit;
import io.eddy.connectors.nexmark.NexmarkSchemas;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.connectors.testing.SourceHarness;
import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.execution.JobClient;
import io.eddy.runtime.execution.JobManager;
import io.eddy.runtime.execution.JobStatus;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.metrics.SplitMetricsSnapshot;
import io.eddy.runtime.operators.CountWindowAggregate;
import io.eddy.runtime.operators.FilterOperator;
import io.eddy.runtime.operators.TumblingEventTimeWindowOperator;
import io.eddy.runtime.sink.CollectingSink;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.Clock;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * nexmark(bid) → filter → hash by auction → count per 10-second event-time window → collecting sink,
 * on the runtime's job manager: the same counts at every parallelism, chained or not. Processing time
 * runs a thousand times faster than the wall clock so that 30 s of events at 1,000 events/s are
 * emitted at their rate within milliseconds.
 */
class NexmarkWindowCountJobTest {

    private static final int AUCTION = 0;
    private static final int PRICE = 2;
    private static final int DATE_TIME = 5;
    private static final FieldKeySelector BY_AUCTION = new FieldKeySelector(NexmarkSchemas.BID, AUCTION);
    private static final Map<String, String> OPTIONS = Map.of("table", "bid", "events-per-second", "1000",
            "max-events", "30000", "seed", "42");

    private static List<String> expected;

    private static boolean keep(Row bid) {
        return bid.getLong(PRICE) % 3 != 0;
    }

    private static Source<?> bids() {
        return ConnectorFactories.load().createSource("nexmark", SourceRequest.of("bids", NexmarkSchemas.BID, OPTIONS));
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void computeExpectedCountsDirectly() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Row> keys = new TreeMap<>();
        try (SourceHarness<StridedSplit> harness = new SourceHarness<>((Source<StridedSplit>) bids(), 1).start()) {
            for (Row bid : harness.runToEnd(1000)) {
                if (keep(bid)) {
                    long start = bid.getTimestampMillis(DATE_TIME) / 10_000 * 10_000;
                    String id = bid.getLong(AUCTION) + "@" + start;
                    counts.merge(id, 1L, Long::sum);
                    keys.put(id, bid);
                }
            }
        }
        CountWindowAggregate aggregate = new CountWindowAggregate(BY_AUCTION.keySchema());
        List<String> rows = new ArrayList<>();
        counts.forEach((id, count) -> {
            long start = Long.parseLong(id.substring(id.indexOf('@') + 1));
            rows.add(aggregate.result(BY_AUCTION.getKey(keys.get(id)), start, start + 10_000, count).toString());
        });
        rows.sort(null);
        expected = rows;
        assertThat(expected).hasSizeGreaterThan(100);
    }

    private static JobGraph job(int parallelism, CollectingSink sink) {
        JobGraph.Builder builder = JobGraph.builder("nexmark window count");
        int source = builder.addSource("bids", bids(),
                WatermarkStrategy.boundedOutOfOrderness(row -> row.getTimestampMillis(DATE_TIME), Duration.ZERO), parallelism);
        int filter = builder.addOperator("filter", () -> new FilterOperator(NexmarkWindowCountJobTest::keep), parallelism);
        int window = builder.addOperator("count per window", () -> new TumblingEventTimeWindowOperator<>(
                BY_AUCTION, DATE_TIME, Duration.ofSeconds(10), new CountWindowAggregate(BY_AUCTION.keySchema())), parallelism);
        int collect = builder.addOperator("collect", SinkWriterOperator.factory(sink), parallelism);
        return builder.forward(source, filter).hash(filter, window, BY_AUCTION).forward(window, collect).build();
    }

    @ParameterizedTest(name = "parallelism {0}, chaining {1}")
    @CsvSource({"1, true", "2, true", "4, true", "4, false"})
    void countsAreTheSameAtEveryParallelism(int parallelism, boolean chaining) throws Exception {
        long startNanos = System.nanoTime();
        Clock fast = () -> (System.nanoTime() - startNanos) / 1000;
        Configuration configuration = new Configuration()
                .set(RuntimeOptions.TASK_SLOTS, "4")
                .set(RuntimeOptions.OPERATOR_CHAINING, Boolean.toString(chaining));
        CollectingSink sink = new CollectingSink();
        try (JobManager jobManager = new JobManager(configuration, fast)) {
            JobClient job = jobManager.submit(job(parallelism, sink));
            assertThat(job.awaitTermination(Duration.ofSeconds(60))).isEqualTo(JobStatus.FINISHED);
            assertThat(sink.sortedStrings()).isEqualTo(expected);
            List<SplitMetricsSnapshot> splits = job.metrics().splits();
            assertThat(splits).hasSize(parallelism);
            assertThat(splits.stream().mapToLong(SplitMetricsSnapshot::records).sum()).isEqualTo(27_600);
            assertThat(job.metrics().counter("count per window", TumblingEventTimeWindowOperator.LATE_RECORDS_DROPPED)).isZero();
        }
    }
}

package io.eddy.benchmarks;

import io.eddy.connectors.blackhole.BlackholeSink;
import io.eddy.connectors.nexmark.NexmarkConfig;
import io.eddy.connectors.nexmark.NexmarkConnectorFactory;
import io.eddy.connectors.nexmark.NexmarkOptions.Table;
import io.eddy.connectors.nexmark.NexmarkSchemas;
import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.execution.JobClient;
import io.eddy.runtime.execution.JobManager;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.operators.FilterOperator;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.util.Locale;

/**
 * Events per second of nexmark(bid) → filter (Nexmark q2's {@code auction % 123 = 0}) → blackhole at
 * parallelism 1 on the job manager, generator unthrottled. Arguments: events per run (default
 * 20,000,000) and runs (default 5); the first run is a warm-up.
 */
public final class NexmarkFilterThroughput {

    private NexmarkFilterThroughput() {
    }

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Configuration configuration = new Configuration().set(RuntimeOptions.TASK_SLOTS, "1");
        for (int run = 0; run < runs; run++) {
            BlackholeSink sink = new BlackholeSink();
            JobGraph.Builder builder = JobGraph.builder("nexmark q2 filter");
            int source = builder.addSource("bids", NexmarkConnectorFactory.create("bids",
                    NexmarkConfig.defaults(Long.MAX_VALUE / 4, events, 42), Table.BID, NexmarkSchemas.BID),
                    WatermarkStrategy.boundedOutOfOrderness(row -> row.getTimestampMillis(5), Duration.ZERO), 1);
            int filter = builder.addOperator("filter", () -> new FilterOperator(row -> row.getLong(0) % 123 == 0), 1);
            int blackhole = builder.addOperator("blackhole", SinkWriterOperator.factory(sink), 1);
            JobGraph graph = builder.forward(source, filter).forward(filter, blackhole).build();
            try (JobManager jobManager = new JobManager(configuration)) {
                long start = System.nanoTime();
                JobClient job = jobManager.submit(graph);
                job.awaitTermination(Duration.ofMinutes(10));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "run %d%s: %,d events (%,d bids, %,d kept) in %.2f s = %,.0f events/s%n", run,
                        run == 0 ? " (warm-up)" : "", events, job.metrics().recordsIn("filter"), sink.discardedRows(),
                        seconds, events / seconds);
            }
        }
    }
}

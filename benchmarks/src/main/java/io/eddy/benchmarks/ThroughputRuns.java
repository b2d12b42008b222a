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
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.util.Locale;

/**
 * Runs a job over an unthrottled nexmark(bid) source several times at parallelism 1 and prints the
 * events per second of each run; the first run is a warm-up. Shared by the throughput mains.
 */
final class ThroughputRuns {

    /** The column of a bid's event time. */
    static final int DATE_TIME = 5;

    /** Builds the job of one run from its bid source and its blackhole sink. */
    interface JobFactory {
        JobGraph.Builder build(JobGraph.Builder builder, int source, BlackholeSink sink);
    }

    private ThroughputRuns() {
    }

    /** The bounded bid source of one run: {@code events} Nexmark events, seed 42. */
    static Source<?> bids(long events) {
        return NexmarkConnectorFactory.create("bids", NexmarkConfig.defaults(Long.MAX_VALUE / 4, events, 42),
                Table.BID, NexmarkSchemas.BID);
    }

    /**
     * Runs the job. Arguments: events per run (default 20,000,000) and runs (default 5).
     *
     * @param watermarkDelay the bounded out-of-orderness of the bid source's watermarks
     */
    static void run(String[] args, String name, Duration watermarkDelay, JobFactory jobs) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Configuration configuration = new Configuration().set(RuntimeOptions.TASK_SLOTS, "1");
        for (int run = 0; run < runs; run++) {
            BlackholeSink sink = new BlackholeSink();
            JobGraph.Builder builder = JobGraph.builder(name);
            int source = builder.addSource("bids", bids(events),
                    WatermarkStrategy.boundedOutOfOrderness(row -> row.getTimestampMillis(DATE_TIME), watermarkDelay), 1);
            JobGraph graph = jobs.build(builder, source, sink).build();
            try (JobManager jobManager = new JobManager(configuration)) {
                long start = System.nanoTime();
                JobClient job = jobManager.submit(graph);
                job.awaitTermination(Duration.ofMinutes(10));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "%s run %d%s: %,d events, %,d rows out, %.2f s = %,.0f events/s%n",
                        name, run, run == 0 ? " (warm-up)" : "", events, sink.discardedRows(), seconds,
                        events / seconds);
            }
        }
    }
}

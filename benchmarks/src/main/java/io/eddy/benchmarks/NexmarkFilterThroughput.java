package io.eddy.benchmarks;

import io.eddy.runtime.operators.FilterOperator;
import io.eddy.runtime.sink.SinkWriterOperator;
import java.time.Duration;

/**
 * Events per second of nexmark(bid) → filter (Nexmark q2's {@code auction % 123 = 0}) → blackhole at
 * parallelism 1 on the job manager, generator unthrottled. Arguments: events per run (default
 * 20,000,000) and runs (default 5); the first run is a warm-up.
 */
public final class NexmarkFilterThroughput {

    private NexmarkFilterThroughput() {
    }

    public static void main(String[] args) throws Exception {
        ThroughputRuns.run(args, "nexmark q2 filter", Duration.ZERO, (builder, source, sink) -> {
            int filter = builder.addOperator("filter", () -> new FilterOperator(row -> row.getLong(0) % 123 == 0), 1);
            int blackhole = builder.addOperator("blackhole", SinkWriterOperator.factory(sink), 1);
            return builder.forward(source, filter).forward(filter, blackhole);
        });
    }
}

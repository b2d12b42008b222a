package io.eddy.benchmarks;

import io.eddy.connectors.nexmark.NexmarkSchemas;
import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.operators.CountWindowAggregate;
import io.eddy.runtime.operators.EventTimeWindowOperator;
import io.eddy.runtime.sink.SinkWriterOperator;
import java.time.Duration;

/**
 * Events per second of nexmark(bid) → hash by auction → count per 10-second tumbling event-time
 * window → blackhole at parallelism 1 on the job manager (heap state), generator unthrottled: the
 * keyed window path without SQL. Arguments: events per run (default 20,000,000) and runs (default
 * 5); the first run is a warm-up.
 */
public final class NexmarkWindowCountThroughput {

    private static final FieldKeySelector BY_AUCTION = new FieldKeySelector(NexmarkSchemas.BID, 0);

    private NexmarkWindowCountThroughput() {
    }

    public static void main(String[] args) throws Exception {
        ThroughputRuns.run(args, "nexmark keyed window count", Duration.ofSeconds(4), (builder, source, sink) -> {
            int window = builder.addOperator("count per window", () -> EventTimeWindowOperator.tumbling(BY_AUCTION,
                    ThroughputRuns.DATE_TIME, Duration.ofSeconds(10), new CountWindowAggregate(BY_AUCTION.keySchema())), 1);
            int blackhole = builder.addOperator("blackhole", SinkWriterOperator.factory(sink), 1);
            return builder.hash(source, window, BY_AUCTION).forward(window, blackhole);
        });
    }
}

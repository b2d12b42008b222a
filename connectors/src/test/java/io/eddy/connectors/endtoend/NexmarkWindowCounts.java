package io.eddy.connectors.endtoend;

import io.eddy.connectors.generator.StridedSplit;
import io.eddy.connectors.nexmark.NexmarkSchemas;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.connectors.testing.SourceHarness;
import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.operators.CountWindowAggregate;
import io.eddy.runtime.operators.FilterOperator;
import io.eddy.runtime.operators.EventTimeWindowOperator;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.time.Clock;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The job nexmark(bid) → filter → hash by auction → count per 10-second event-time window → sink, and
 * its expected result computed directly from the generated bids.
 */
final class NexmarkWindowCounts {

    static final int AUCTION = 0;
    static final int PRICE = 2;
    static final int DATE_TIME = 5;
    static final FieldKeySelector BY_AUCTION = new FieldKeySelector(NexmarkSchemas.BID, AUCTION);
    static final RowSchema OUTPUT = new CountWindowAggregate(BY_AUCTION.keySchema()).outputSchema();

    private NexmarkWindowCounts() {
    }

    static boolean keep(Row bid) {
        return bid.getLong(PRICE) % 3 != 0;
    }

    static Source<?> bids(Map<String, String> options) {
        return ConnectorFactories.load().createSource("nexmark", SourceRequest.of("bids", NexmarkSchemas.BID, options));
    }

    /** A processing-time clock running {@code factor} times faster than the wall clock. */
    static Clock fastClock(long factor) {
        long startNanos = System.nanoTime();
        return () -> (System.nanoTime() - startNanos) * factor / 1_000_000;
    }

    /** The sorted window counts of the bids of a bounded configuration, computed without the runtime. */
    @SuppressWarnings("unchecked")
    static List<String> expected(Map<String, String> options) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Row> keys = new TreeMap<>();
        try (SourceHarness<StridedSplit> harness = new SourceHarness<>((Source<StridedSplit>) bids(options), 1).start()) {
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
        return rows;
    }

    static JobGraph job(Source<?> bids, Sink<?> sink, int parallelism) {
        JobGraph.Builder builder = JobGraph.builder("nexmark window count");
        int source = builder.addSource("bids", bids,
                WatermarkStrategy.boundedOutOfOrderness(row -> row.getTimestampMillis(DATE_TIME), Duration.ZERO), parallelism);
        int filter = builder.addOperator("filter", () -> new FilterOperator(NexmarkWindowCounts::keep), parallelism);
        int window = builder.addOperator("count per window", () -> EventTimeWindowOperator.tumbling(
                BY_AUCTION, DATE_TIME, Duration.ofSeconds(10), new CountWindowAggregate(BY_AUCTION.keySchema())), parallelism);
        int collect = builder.addOperator("collect", SinkWriterOperator.factory(sink), parallelism);
        return builder.forward(source, filter).hash(filter, window, BY_AUCTION).forward(window, collect).build();
    }
}

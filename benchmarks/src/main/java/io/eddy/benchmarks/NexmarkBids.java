package io.eddy.benchmarks;

import io.eddy.connectors.nexmark.NexmarkConfig;
import io.eddy.connectors.nexmark.NexmarkGenerator;
import io.eddy.connectors.nexmark.NexmarkOptions.Table;
import io.eddy.connectors.nexmark.NexmarkSchemas;
import io.eddy.runtime.data.Row;
import java.util.ArrayList;
import java.util.List;

/** Nexmark bids for benchmarks: a fixed configuration and the first bids it generates. */
final class NexmarkBids {

    static final NexmarkConfig CONFIG = NexmarkConfig.defaults(1_000_000_000L, 0, 42);

    private NexmarkBids() {
    }

    /** A generator of every bid column. */
    static NexmarkGenerator allColumns() {
        return new NexmarkGenerator(CONFIG, Table.BID, new int[] {0, 1, 2, 3, 4, 5, 6});
    }

    /** The first {@code count} bids. */
    static List<Row> first(int count) {
        NexmarkGenerator generator = allColumns();
        List<Row> bids = new ArrayList<>(count);
        for (long number = 0; bids.size() < count; number++) {
            if (generator.accepts(number)) {
                Row row = new Row(NexmarkSchemas.BID);
                generator.generate(number, row);
                bids.add(row);
            }
        }
        return bids;
    }
}

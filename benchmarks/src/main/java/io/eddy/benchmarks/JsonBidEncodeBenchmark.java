package io.eddy.benchmarks;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatFactories;
import io.eddy.connectors.format.RecordEncoder;
import io.eddy.connectors.nexmark.NexmarkSchemas;
import io.eddy.runtime.data.Row;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Encoding Nexmark bids as JSON, as a Kafka or file sink with {@code 'format' = 'json'} does for each result row. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBidEncodeBenchmark {

    private static final int BIDS = 1024;

    private List<Row> bids;
    private RecordEncoder encoder;
    private int next;

    @Setup
    public void setUp() {
        encoder = FormatFactories.defaults().get("json").createEncoder(NexmarkSchemas.BID, new OptionValues(Map.of()));
        bids = NexmarkBids.first(BIDS);
    }

    @Benchmark
    public byte[] encodeAllColumns() {
        next = (next + 1) & (BIDS - 1);
        return encoder.encode(bids.get(next));
    }
}

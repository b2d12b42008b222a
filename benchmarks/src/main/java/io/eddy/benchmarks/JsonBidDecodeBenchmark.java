package io.eddy.benchmarks;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.format.FormatFactories;
import io.eddy.connectors.format.FormatFactory;
import io.eddy.connectors.format.RecordDecoder;
import io.eddy.connectors.format.RecordEncoder;
import io.eddy.connectors.nexmark.NexmarkSchemas;
import io.eddy.connectors.spi.ProjectedSchema;
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

/** Decoding Nexmark bids from JSON into rows: every column, and only the two columns a query reads. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBidDecodeBenchmark {

    private static final int BIDS = 1024;

    private byte[][] records;
    private RecordDecoder allColumns;
    private RecordDecoder twoColumns;
    private Row allRow;
    private Row twoRow;
    private int next;

    @Setup
    public void setUp() {
        FormatFactory json = FormatFactories.defaults().get("json");
        OptionValues options = new OptionValues(Map.of());
        RecordEncoder encoder = json.createEncoder(NexmarkSchemas.BID, options);
        List<Row> bids = NexmarkBids.first(BIDS);
        records = new byte[BIDS][];
        for (int i = 0; i < BIDS; i++) {
            records[i] = encoder.encode(bids.get(i));
        }
        ProjectedSchema all = ProjectedSchema.all(NexmarkSchemas.BID);
        ProjectedSchema two = new ProjectedSchema(NexmarkSchemas.BID, List.of(0, 2));
        allColumns = json.createDecoder(all, options);
        twoColumns = json.createDecoder(two, options);
        allRow = new Row(all.producedSchema());
        twoRow = new Row(two.producedSchema());
    }

    private byte[] nextRecord() {
        next = (next + 1) & (BIDS - 1);
        return records[next];
    }

    @Benchmark
    public Row decodeAllColumns() {
        allColumns.decode(nextRecord(), allRow);
        return allRow;
    }

    @Benchmark
    public Row decodeAuctionAndPrice() {
        twoColumns.decode(nextRecord(), twoRow);
        return twoRow;
    }
}

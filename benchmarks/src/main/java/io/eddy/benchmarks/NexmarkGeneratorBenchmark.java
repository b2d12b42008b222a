package io.eddy.benchmarks;

import io.eddy.connectors.nexmark.NexmarkGenerator;
import io.eddy.connectors.nexmark.NexmarkOptions.Table;
import io.eddy.connectors.nexmark.NexmarkSchemas;
import io.eddy.runtime.data.Row;
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

/** Generating Nexmark bids into a reused row: every column, and without the string columns. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NexmarkGeneratorBenchmark {

    private NexmarkGenerator allColumns;
    private NexmarkGenerator numbersOnly;
    private Row allRow;
    private Row numbersRow;
    private long number;

    @Setup
    public void setUp() {
        allColumns = NexmarkBids.allColumns();
        numbersOnly = new NexmarkGenerator(NexmarkBids.CONFIG, Table.BID, new int[] {0, 1, 2, 5});
        allRow = new Row(NexmarkSchemas.BID);
        numbersRow = new Row(NexmarkSchemas.BID.project(0, 1, 2, 5));
    }

    private long nextBid() {
        do {
            number++;
        } while (!allColumns.accepts(number));
        return number;
    }

    @Benchmark
    public Row bidAllColumns() {
        allColumns.generate(nextBid(), allRow);
        return allRow;
    }

    @Benchmark
    public Row bidNumbersAndTime() {
        numbersOnly.generate(nextBid(), numbersRow);
        return numbersRow;
    }
}

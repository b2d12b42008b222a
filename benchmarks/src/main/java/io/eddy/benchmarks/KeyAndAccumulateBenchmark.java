package io.eddy.benchmarks;

import io.eddy.connectors.nexmark.NexmarkSchemas;
import io.eddy.planner.codegen.JaninoCodeGenerator;
import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.aggregate.AggregateAccumulators;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.aggregate.AggregateKind;
import io.eddy.runtime.state.HeapKeyedStateBackend;
import io.eddy.runtime.state.KeyGroupRange;
import io.eddy.runtime.state.StateTtl;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-record work of a keyed aggregate, hand-written interpreters against generated code:
 * the exchange's key hash, the operator's key row and the accumulation into the key's
 * accumulator row, for q5's COUNT(*) per auction and for SUM/MAX(price) per auction. State
 * lookup is left out (an array indexed by the key hash stands in for it), so the figures compare
 * the code that differs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KeyAndAccumulateBenchmark {

    private static final int BIDS = 1024;
    private static final int[] AUCTION = {0};
    private static final RowSchema BID = NexmarkSchemas.BID;

    /** Which aggregate calls run per record. */
    @Param({"count", "sum_max"})
    public String calls;

    private List<Row> bids;
    private KeySelector handWrittenExchange;
    private KeySelector handWrittenKey;
    private AggregateAccumulators handWritten;
    private KeySelector generatedExchange;
    private KeySelector generatedKey;
    private AggregateAccumulators generated;
    private Row[] handWrittenAccumulators;
    private Row[] generatedAccumulators;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        bids = NexmarkBids.first(BIDS);
        List<AggregateCall> aggregateCalls = calls.equals("count")
                ? List.of(AggregateCall.countStar("bids"))
                : List.of(AggregateCall.of("total", AggregateKind.SUM, 2, FieldType.BIGINT, FieldType.BIGINT),
                        AggregateCall.of("top", AggregateKind.MAX, 2, FieldType.BIGINT, FieldType.BIGINT));
        JaninoCodeGenerator generator = new JaninoCodeGenerator();
        handWrittenExchange = new FieldKeySelector(BID, AUCTION);
        handWrittenKey = AggregateAccumulators.keySelector(BID, AUCTION);
        handWritten = new AggregateAccumulators(BID, aggregateCalls, false);
        generatedExchange = generator.keySelector("Exchange", BID, AUCTION, false).newInstance();
        generatedKey = generator.keySelector("GroupAggregate", BID, AUCTION, true).newInstance();
        generated = new AggregateAccumulators(BID, aggregateCalls, false,
                generator.accumulators("GroupAggregate", BID, aggregateCalls, false).newInstance());
        open(handWritten);
        open(generated);
        handWrittenAccumulators = new Row[256];
        generatedAccumulators = new Row[256];
        for (int i = 0; i < 256; i++) {
            handWrittenAccumulators[i] = handWritten.createAccumulator();
            generatedAccumulators[i] = generated.createAccumulator();
        }
    }

    private static void open(AggregateAccumulators accumulators) {
        RowSchema keys = BID.project(AUCTION);
        HeapKeyedStateBackend backend = new HeapKeyedStateBackend(keys, 128, KeyGroupRange.of(0, 127), () -> 0L);
        accumulators.open(backend, StateTtl.DISABLED);
    }

    private Row nextBid() {
        next = (next + 1) & (BIDS - 1);
        return bids.get(next);
    }

    @Benchmark
    public Row handWritten() {
        return perRecord(nextBid(), handWrittenExchange, handWrittenKey, handWritten, handWrittenAccumulators);
    }

    @Benchmark
    public Row generated() {
        return perRecord(nextBid(), generatedExchange, generatedKey, generated, generatedAccumulators);
    }

    private static Row perRecord(Row bid, KeySelector exchange, KeySelector operatorKey,
                                 AggregateAccumulators aggregations, Row[] accumulators) {
        int hash = exchange.keyHashCode(bid);
        Row key = operatorKey.getKey(bid);
        Row accumulator = accumulators[(hash ^ key.arity()) & 255];
        aggregations.accumulate(accumulator, bid);
        return accumulator;
    }
}

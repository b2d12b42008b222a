package io.eddy.runtime.operators.rank;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import java.util.Comparator;
import java.util.List;

/**
 * Streaming Top-N: {@code ROW_NUMBER() OVER (PARTITION BY k ORDER BY s)} filtered to a {@link RankRange},
 * emitting the changelog of each partition's top rows with Flink's semantics. Create it with
 * {@link #create(TopNSpec, boolean)}: append-only input gets {@link AppendOnlyTopNOperator} (keeps only
 * the top rows), changelog input gets {@link RetractableTopNOperator} (keeps every row, so rows can move
 * back up when others are retracted).
 *
 * <p>Without the rank number (and without an offset) rows entering the range are {@code +I}, rows leaving
 * it {@code -D}. With the rank number (or an offset) the output is keyed by rank: a rank whose row
 * changes is {@code -U[old, r]} then {@code +U[new, r]}, a newly filled rank {@code +I}, an emptied rank
 * {@code -D}; without update-before ({@link TopNSpec#generateUpdateBefore()}) the {@code -U} rows are left
 * out. Ties keep arrival order. State TTL ({@code table.exec.state.ttl}) applies to all state.
 */
public abstract class TopNOperator extends AbstractOneInputOperator {

    /** Counter of retractions of rows that are not in state (expired by TTL); they are ignored. */
    public static final String STALE_RETRACTIONS_IGNORED = "numStaleRetractionsIgnored";

    protected final TopNSpec spec;
    protected final KeySelector sortKeySelector;
    protected final Comparator<Row> sortKeyComparator;
    protected final long rankEnd;
    /** True when ranks must be tracked: the rank number is output or the range has an offset. */
    protected final boolean ranked;
    protected RankedOutput rankedOutput;
    protected MapState<Row, List<Row>> rowsBySortKey;

    protected TopNOperator(TopNSpec spec) {
        super(requireNonNull(spec, "spec is null").partitionKey());
        this.spec = spec;
        this.sortKeySelector = spec.sortCode().sortKeySelector(spec.sort(), spec.inputSchema());
        this.sortKeyComparator = spec.sortCode().sortKeyComparator(spec.sort(), spec.inputSchema());
        this.rankEnd = spec.range().end();
        this.ranked = spec.outputRankNumber() || spec.range().hasOffset();
    }

    /** The Top-N operator for {@code spec}: the append-only variant when the input holds only inserts. */
    public static TopNOperator create(TopNSpec spec, boolean appendOnlyInput) {
        return appendOnlyInput ? new AppendOnlyTopNOperator(spec) : new RetractableTopNOperator(spec);
    }

    /**
     * The Top-N operator for {@code spec} ranked by {@code rankType}: ROW_NUMBER as {@link #create(TopNSpec, boolean)},
     * RANK and DENSE_RANK by {@link TiedRankTopNOperator}, whose output with ties is a retract changelog
     * ({@code -D}/{@code +I}) rather than one keyed by rank.
     */
    public static TopNOperator create(TopNSpec spec, RankType rankType, boolean appendOnlyInput) {
        return rankType == RankType.ROW_NUMBER ? create(spec, appendOnlyInput)
                : new TiedRankTopNOperator(spec, rankType, appendOnlyInput);
    }

    @Override
    public void open() throws Exception {
        rankedOutput = new RankedOutput(output, spec.inputSchema(), spec.range(), spec.outputRankNumber(),
                spec.generateUpdateBefore());
        StateDescriptor<Row, List<Row>> rows = withTtl(StateDescriptor.map("rows-by-sort-key",
                new RowSerializer(sortKeySelector.keySchema()), Serializers.listOf(new RowSerializer(spec.inputSchema()))));
        rowsBySortKey = keyedStateBackend().mapState(keepsRowsSerialized() ? rows.withValuesSerializedOnHeap() : rows);
    }

    /**
     * Whether the heap backend keeps {@link #rowsBySortKey}'s rows serialized, one byte array per sort key: for an
     * operator that reads them from state only when a partition is not in its own cache of rows.
     */
    protected boolean keepsRowsSerialized() {
        return false;
    }

    protected <K, V> StateDescriptor<K, V> withTtl(StateDescriptor<K, V> descriptor) {
        return descriptor.withTtl(StateTtl.fromConfiguration(context.configuration()));
    }

    /** Writes the rows of a sort key (a copy of {@code rows}, heap state keeps references), or removes the key. */
    protected void persist(Row sortKey, List<Row> rows) {
        if (rows == null || rows.isEmpty()) {
            rowsBySortKey.remove(sortKey);
        } else {
            rowsBySortKey.put(sortKey, List.copyOf(rows));
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + spec + ")";
    }
}

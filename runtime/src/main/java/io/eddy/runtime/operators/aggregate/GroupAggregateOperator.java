package io.eddy.runtime.operators.aggregate;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import io.eddy.runtime.state.ValueState;
import java.util.ArrayList;
import java.util.List;

/**
 * Unbounded {@code GROUP BY} (or a global aggregate without group fields) over an append-only or
 * changelog input, emitting Flink's changelog: the first result of a key as {@code +I}; a changed result
 * as {@code -U} old then {@code +U} new, or {@code +U} alone when no consumer reads {@code -U} (nothing
 * when the result did not change, unless state TTL is on, as Flink); {@code -D} old when the key's row count drops to zero, which also clears its state.
 * Retractions ({@code -U}/{@code -D}) of keys without state are ignored, as Flink does.
 *
 * <p>Output rows: the group fields in the given order, then one field per aggregate call. A global
 * aggregate over an empty input emits nothing (Flink's streaming behaviour).
 */
public final class GroupAggregateOperator extends AbstractOneInputOperator {

    private final RowSchema inputSchema;
    private final int[] groupFields;
    private final boolean changelogInput;
    private final boolean generateUpdateBefore;
    private final Aggregations aggregations;
    private final RowSchema outputSchema;
    private final Row previous;
    private final Row current;
    private ValueState<Row> accumulators;
    private boolean ttlEnabled;

    /**
     * @param inputSchema the schema of input rows
     * @param groupFields the input indexes of the group fields (empty for a global aggregate)
     * @param calls the aggregate calls, in output order
     * @param changelogInput whether the input may hold {@code -U}/{@code -D} rows; append-only inputs
     *     need less state (MIN/MAX, FIRST_VALUE, LAST_VALUE, LISTAGG keep only their value) and fail on a retraction
     */
    public GroupAggregateOperator(RowSchema inputSchema, int[] groupFields, List<AggregateCall> calls, boolean changelogInput) {
        this(inputSchema, groupFields, calls, changelogInput, AggregateCode.INTERPRETED);
    }

    /** @param code the generated key selector and accumulator code to run (or {@link AggregateCode#INTERPRETED}) */
    public GroupAggregateOperator(RowSchema inputSchema, int[] groupFields, List<AggregateCall> calls, boolean changelogInput,
                                  AggregateCode code) {
        this(inputSchema, groupFields, calls, changelogInput, code, true);
    }

    /** @param generateUpdateBefore whether a changed result emits {@code -U} old before {@code +U} new (false: {@code +U} alone) */
    public GroupAggregateOperator(RowSchema inputSchema, int[] groupFields, List<AggregateCall> calls, boolean changelogInput,
                                  AggregateCode code, boolean generateUpdateBefore) {
        this(inputSchema, groupFields, requireNonNull(code, "code is null").keySelector(
                requireNonNull(inputSchema, "inputSchema is null"), requireNonNull(groupFields, "groupFields is null")),
                calls, changelogInput, code.newAccumulators(), generateUpdateBefore);
    }

    private GroupAggregateOperator(RowSchema inputSchema, int[] groupFields, KeySelector keySelector, List<AggregateCall> calls,
                                   boolean changelogInput, AccumulatorCode accumulatorCode, boolean generateUpdateBefore) {
        super(keySelector);
        this.inputSchema = inputSchema;
        this.groupFields = groupFields.clone();
        this.changelogInput = changelogInput;
        this.generateUpdateBefore = generateUpdateBefore;
        this.aggregations = new Aggregations(inputSchema, calls, changelogInput, accumulatorCode);
        List<RowSchema.Field> fields = new ArrayList<>(keySelector.keySchema().fields());
        fields.addAll(aggregations.resultFields());
        this.outputSchema = new RowSchema(fields);
        this.previous = new Row(outputSchema);
        this.current = new Row(outputSchema);
    }

    /** A factory making one instance per subtask. */
    public static OperatorFactory factory(RowSchema inputSchema, int[] groupFields, List<AggregateCall> calls, boolean changelogInput) {
        return factory(inputSchema, groupFields, calls, changelogInput, AggregateCode.INTERPRETED);
    }

    /** A factory making one instance per subtask, each with fresh instances of the generated code. */
    public static OperatorFactory factory(RowSchema inputSchema, int[] groupFields, List<AggregateCall> calls, boolean changelogInput,
                                          AggregateCode code) {
        return factory(inputSchema, groupFields, calls, changelogInput, code, true);
    }

    /**
     * A factory making one instance per subtask, each with fresh instances of the generated code.
     *
     * @param generateUpdateBefore whether a changed result emits {@code -U} old before {@code +U} new (false: {@code +U} alone)
     */
    public static OperatorFactory factory(RowSchema inputSchema, int[] groupFields, List<AggregateCall> calls, boolean changelogInput,
                                          AggregateCode code, boolean generateUpdateBefore) {
        new GroupAggregateOperator(inputSchema, groupFields, calls, changelogInput, code, generateUpdateBefore);
        int[] fields = groupFields.clone();
        List<AggregateCall> callsCopy = List.copyOf(calls);
        return () -> new GroupAggregateOperator(inputSchema, fields, callsCopy, changelogInput, code, generateUpdateBefore);
    }

    /** The schema of output rows: group fields, then aggregate results. */
    public RowSchema outputSchema() {
        return outputSchema;
    }

    @Override
    public void open() {
        StateTtl ttl = StateTtl.fromConfiguration(context.configuration());
        ttlEnabled = ttl.isEnabled();
        accumulators = keyedStateBackend().valueState(
                StateDescriptor.value("accumulators", new RowSerializer(aggregations.accumulatorSchema())).withTtl(ttl));
        aggregations.open(keyedStateBackend(), ttl);
    }

    @Override
    public void processElement(Row row) {
        boolean retraction = !row.getKind().isAccumulate();
        if (retraction && !changelogInput) {
            throw new IllegalArgumentException("group aggregate " + context.operatorName() + " received " + row
                    + " but was built for an append-only input; build it with changelogInput = true");
        }
        setCurrentKeyOf(row);
        Row accumulator = accumulators.value();
        boolean firstRow = accumulator == null;
        if (firstRow) {
            if (retraction) {
                return;
            }
            accumulator = aggregations.createAccumulator();
        } else {
            writeOutput(previous, row, accumulator);
        }
        if (retraction) {
            aggregations.retract(accumulator, row, 0L);
        } else {
            aggregations.accumulate(accumulator, row, 0L);
        }
        if (Aggregations.rowCount(accumulator) > 0) {
            accumulators.update(accumulator);
            writeOutput(current, row, accumulator);
            if (firstRow) {
                output.collect(current.setKind(RowKind.INSERT));
            } else if (ttlEnabled || !previous.equals(current)) {
                if (generateUpdateBefore) {
                    output.collect(previous.setKind(RowKind.UPDATE_BEFORE));
                }
                output.collect(current.setKind(RowKind.UPDATE_AFTER));
            }
        } else {
            if (!firstRow) {
                output.collect(previous.setKind(RowKind.DELETE));
            }
            accumulators.clear();
            aggregations.clearKey();
        }
    }

    private void writeOutput(Row target, Row input, Row accumulator) {
        target.setKind(RowKind.INSERT);
        for (int i = 0; i < groupFields.length; i++) {
            target.setFieldFrom(i, input, groupFields[i]);
        }
        aggregations.writeResults(accumulator, target, groupFields.length);
    }

    @Override
    public String toString() {
        return "GroupAggregate(groupBy " + java.util.Arrays.toString(groupFields) + " of " + inputSchema + ", " + aggregations.calls()
                + (changelogInput ? ", changelog input" : "") + ")";
    }
}

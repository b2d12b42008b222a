package io.eddy.runtime.operators.aggregate;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The aggregate calls of one operator over one flat accumulator row: field 0 counts the rows
 * accumulated minus retracted, then each function's fields in call order. Applies FILTER, skips null
 * arguments (except for COUNT(*)), and for DISTINCT calls keeps a map state of (namespace, argument
 * values) → count so only the first copy of a value reaches the function and only the last retraction
 * of it leaves. The namespace separates windows of one key (0 for group aggregates).
 */
final class Aggregations {

    private static final int ROW_COUNT = 0;

    private final List<AggregateCall> calls;
    private final AccumulatorFunction[] functions;
    private final int[][] arguments;
    private final int[] filters;
    private final RowSchema accumulatorSchema;
    private final RowSchema[] distinctSchemas;
    private final List<MapState<Row, Long>> distinctCounts = new ArrayList<>();
    private Row[] distinctProbes;
    private final AccumulatorCode code;
    private final int[] interpreted;

    /**
     * @param inputSchema the schema of input rows
     * @param calls the aggregate calls, in output order
     * @param retracting whether the input is a changelog (functions then keep what retraction needs)
     */
    Aggregations(RowSchema inputSchema, List<AggregateCall> calls, boolean retracting) {
        this(inputSchema, calls, retracting, null);
    }

    /**
     * @param code generated code for the row count and every call {@link AggregateCode#generatable}
     *     accepts, or null to run every call through the hand-written functions
     */
    Aggregations(RowSchema inputSchema, List<AggregateCall> calls, boolean retracting, AccumulatorCode code) {
        requireNonNull(inputSchema, "inputSchema is null");
        this.calls = List.copyOf(requireNonNull(calls, "calls is null"));
        int count = this.calls.size();
        functions = new AccumulatorFunction[count];
        arguments = new int[count][];
        filters = new int[count];
        distinctSchemas = new RowSchema[count];
        List<RowSchema.Field> fields = new ArrayList<>();
        fields.add(new RowSchema.Field("$rows", FieldType.BIGINT));
        for (int i = 0; i < count; i++) {
            AggregateCall call = this.calls.get(i);
            functions[i] = create(call, retracting);
            functions[i].bind(fields.size());
            fields.addAll(functions[i].accumulatorFields());
            arguments[i] = call.arguments().stream().mapToInt(Integer::intValue).toArray();
            checkFields(inputSchema, call, arguments[i]);
            filters[i] = call.filterField();
            if (call.distinct()) {
                List<RowSchema.Field> keyFields = new ArrayList<>();
                keyFields.add(new RowSchema.Field("namespace", FieldType.BIGINT));
                for (int a = 0; a < arguments[i].length; a++) {
                    keyFields.add(new RowSchema.Field("value" + a, inputSchema.type(arguments[i][a])));
                }
                distinctSchemas[i] = new RowSchema(keyFields);
            }
        }
        accumulatorSchema = new RowSchema(fields);
        this.code = code;
        this.interpreted = java.util.stream.IntStream.range(0, count)
                .filter(i -> code == null || !AggregateCode.generatable(this.calls.get(i), retracting)).toArray();
    }

    /** The index of the first accumulator field of each call. */
    int[] offsets() {
        int[] offsets = new int[functions.length];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = functions[i].offset;
        }
        return offsets;
    }

    private static void checkFields(RowSchema inputSchema, AggregateCall call, int[] arguments) {
        for (int argument : arguments) {
            if (argument >= inputSchema.arity()) {
                throw new IllegalArgumentException("argument field " + argument + " of " + call + " is not in " + inputSchema);
            }
        }
        if (arguments.length > 0 && inputSchema.kind(arguments[0]) != call.argumentType().kind()) {
            throw new IllegalArgumentException("argument field " + arguments[0] + " of " + call + " is "
                    + inputSchema.type(arguments[0]) + " in " + inputSchema);
        }
        int filter = call.filterField();
        if (filter >= 0 && (filter >= inputSchema.arity() || inputSchema.kind(filter) != io.eddy.runtime.data.FieldKind.BOOLEAN)) {
            throw new IllegalArgumentException("the FILTER field " + filter + " of " + call + " is not a BOOLEAN field of " + inputSchema);
        }
    }

    private static AccumulatorFunction create(AggregateCall call, boolean retracting) {
        return switch (call.kind()) {
            case COUNT_STAR, COUNT -> new CountFunction(call);
            case SUM, SUM0, AVG -> new SumFunction(call);
            case MIN, MAX -> new MinMaxFunction(call, retracting);
            case FIRST_VALUE, LAST_VALUE -> new FirstLastFunction(call, retracting);
            case LISTAGG -> new ListAggFunction(call, retracting);
        };
    }

    List<AggregateCall> calls() {
        return calls;
    }

    /** The schema of accumulator rows, for their state serializer. */
    RowSchema accumulatorSchema() {
        return accumulatorSchema;
    }

    /** The result fields, one per call: name and result type. */
    List<RowSchema.Field> resultFields() {
        List<RowSchema.Field> fields = new ArrayList<>();
        for (AggregateCall call : calls) {
            fields.add(new RowSchema.Field(call.name(), call.resultType()));
        }
        return fields;
    }

    /** Creates the map states of DISTINCT calls and retraction; call from the operator's {@code open}. */
    void open(KeyedStateBackend backend, StateTtl ttl) {
        distinctProbes = new Row[functions.length];
        for (int i = 0; i < functions.length; i++) {
            functions[i].open(backend, ttl, "aggregate-" + i + "-values");
            if (distinctSchemas[i] != null) {
                distinctCounts.add(backend.mapState(StateDescriptor.map("aggregate-" + i + "-distinct",
                        new RowSerializer(distinctSchemas[i]), Serializers.LONG).withTtl(ttl)));
                distinctProbes[i] = new Row(distinctSchemas[i]);
            } else {
                distinctCounts.add(null);
            }
        }
    }

    Row createAccumulator() {
        Row accumulator = new Row(accumulatorSchema);
        if (code != null) {
            code.initialize(accumulator);
        } else {
            accumulator.setLong(ROW_COUNT, 0L);
        }
        for (int i : interpreted) {
            functions[i].initialize(accumulator);
        }
        return accumulator;
    }

    /**
     * Whether {@link #merge} can combine accumulators of the same group exactly: no DISTINCT call and
     * every function {@link AccumulatorFunction#mergeable() mergeable}.
     */
    boolean mergeable() {
        for (int i = 0; i < functions.length; i++) {
            if (calls.get(i).distinct() || !functions[i].mergeable()) {
                return false;
            }
        }
        return true;
    }

    /** Adds what {@code other} accumulated into {@code accumulator}: only when {@link #mergeable()}. */
    void merge(Row accumulator, Row other) {
        accumulator.setLong(ROW_COUNT, accumulator.getLong(ROW_COUNT) + other.getLong(ROW_COUNT));
        for (AccumulatorFunction function : functions) {
            function.merge(accumulator, other);
        }
    }

    /** Rows accumulated minus rows retracted. */
    static long rowCount(Row accumulator) {
        return accumulator.getLong(ROW_COUNT);
    }

    void accumulate(Row accumulator, Row input, long namespace) {
        if (code != null) {
            code.accumulate(accumulator, input);
        } else {
            accumulator.setLong(ROW_COUNT, accumulator.getLong(ROW_COUNT) + 1);
        }
        for (int i : interpreted) {
            if (!counts(i, input)) {
                continue;
            }
            MapState<Row, Long> distinct = distinctCounts.get(i);
            if (distinct != null) {
                Row probe = distinctProbe(i, input, namespace);
                Long seen = distinct.get(probe);
                distinct.put(seen == null ? probe.copy() : probe, seen == null ? 1L : seen + 1);
                if (seen != null) {
                    continue;
                }
            }
            functions[i].accumulate(accumulator, input);
        }
    }

    void retract(Row accumulator, Row input, long namespace) {
        if (code != null) {
            code.retract(accumulator, input);
        } else {
            accumulator.setLong(ROW_COUNT, accumulator.getLong(ROW_COUNT) - 1);
        }
        for (int i : interpreted) {
            if (!counts(i, input)) {
                continue;
            }
            MapState<Row, Long> distinct = distinctCounts.get(i);
            if (distinct != null) {
                Row probe = distinctProbe(i, input, namespace);
                Long seen = distinct.get(probe);
                if (seen == null) {
                    continue;
                }
                if (seen > 1) {
                    distinct.put(probe, seen - 1);
                    continue;
                }
                distinct.remove(probe);
            }
            functions[i].retract(accumulator, input);
        }
    }

    private boolean counts(int call, Row input) {
        int filter = filters[call];
        if (filter >= 0 && (input.isNullAt(filter) || !input.getBoolean(filter))) {
            return false;
        }
        for (int argument : arguments[call]) {
            if (input.isNullAt(argument)) {
                return false;
            }
        }
        return true;
    }

    private Row distinctProbe(int call, Row input, long namespace) {
        Row probe = distinctProbes[call];
        probe.setLong(0, namespace);
        int[] fields = arguments[call];
        for (int a = 0; a < fields.length; a++) {
            probe.setFieldFrom(a + 1, input, fields[a]);
        }
        return probe;
    }

    /** Writes the results, one field per call, into {@code target} from field {@code firstField} on. */
    void writeResults(Row accumulator, Row target, int firstField) {
        if (code != null) {
            code.writeResults(accumulator, target, firstField);
        }
        for (int i : interpreted) {
            functions[i].result(accumulator, target, firstField + i);
        }
    }

    /** Drops every map state of the current key (its group was deleted). */
    void clearKey() {
        for (int i = 0; i < functions.length; i++) {
            functions[i].clearKey();
            if (distinctCounts.get(i) != null) {
                distinctCounts.get(i).clear();
            }
        }
    }

    /** Drops the DISTINCT entries of one namespace (a fired window) of the current key. */
    void clearNamespace(long namespace) {
        for (MapState<Row, Long> distinct : distinctCounts) {
            if (distinct == null) {
                continue;
            }
            for (Map.Entry<Row, Long> entry : distinct.entries()) {
                if (entry.getKey().getLong(0) == namespace) {
                    distinct.remove(entry.getKey());
                }
            }
        }
    }
}

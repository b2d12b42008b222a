package io.eddy.runtime.operators.join;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import java.util.function.BiConsumer;

/**
 * The rows one side of a regular join holds for the current join key, as Flink's join record state
 * views: each distinct row (stored with kind {@code +I}) maps to how many times it is present and, for
 * an outer side, with how many rows of the other side it is associated (joined). Both numbers are
 * packed in one {@code long}: the count in the high 32 bits, the associations in the low 32 bits.
 */
final class JoinRecordState implements JoinSideState {

    /** Packed values of counts and associations below this are boxed once, here. */
    private static final int SMALL_VALUES = 8;
    private static final Long[] SMALL_PACKED = new Long[SMALL_VALUES * SMALL_VALUES];

    static {
        for (int count = 0; count < SMALL_VALUES; count++) {
            for (int associations = 0; associations < SMALL_VALUES; associations++) {
                SMALL_PACKED[count * SMALL_VALUES + associations] = pack(count, associations);
            }
        }
    }

    private final MapState<Row, Long> rows;
    /** The visitor of the scan under way, and what the map state calls for each of its entries (made once). */
    private RowVisitor visiting;
    private final BiConsumer<Row, Long> visitCounted = (row, packed) -> visiting.visit(row, packed);
    private final Row lookup;

    /**
     * @param backend the operator's keyed state backend
     * @param name the state's name (unique in the operator)
     * @param schema the schema of this side's rows
     * @param ttl the state time-to-live ({@code table.exec.state.ttl})
     */
    JoinRecordState(KeyedStateBackend backend, String name, RowSchema schema, StateTtl ttl) {
        requireNonNull(backend, "backend is null");
        this.rows = backend.mapState(StateDescriptor.map(name, new RowSerializer(schema), Serializers.LONG).withTtl(ttl));
        this.lookup = new Row(schema);
    }

    static int count(long packed) {
        return (int) (packed >>> 32);
    }

    static int associations(long packed) {
        return (int) packed;
    }

    static long pack(int count, int associations) {
        return ((long) count << 32) | (associations & 0xFFFF_FFFFL);
    }

    /** The packed value as a {@code Long}, shared for small counts so that storing a row allocates no box. */
    private static Long boxed(int count, int associations) {
        if (count >= 0 && count < SMALL_VALUES && associations >= 0 && associations < SMALL_VALUES) {
            return SMALL_PACKED[count * SMALL_VALUES + associations];
        }
        return pack(count, associations);
    }

    /** Adds one occurrence of {@code row} (any kind), setting its associations to {@code associations}. */
    @Override
    public void add(Row row, int associations) {
        Row key = normalized(row);
        Long packed = rows.get(key);
        if (packed == null) {
            rows.put(key.copy(), boxed(1, associations));
        } else {
            rows.put(key, boxed(count(packed) + 1, associations));
        }
    }

    /** Removes one occurrence of {@code row} (any kind); a row that is not held is ignored, as in Flink. */
    @Override
    public void retract(Row row) {
        Row key = normalized(row);
        Long packed = rows.get(key);
        if (packed == null) {
            return;
        }
        int count = count(packed) - 1;
        if (count <= 0) {
            rows.remove(key);
        } else {
            rows.put(key, boxed(count, associations(packed)));
        }
    }

    /** Sets the associations of a row passed to a {@link RowVisitor}, keeping its count. */
    @Override
    public void setAssociations(Row storedRow, long packed, int associations) {
        rows.put(storedRow, boxed(count(packed), associations));
    }

    /** Calls {@code visitor} with the distinct rows of the current key and their packed count and associations. */
    @Override
    public void forEachRow(RowVisitor visitor) {
        visiting = visitor;
        try {
            rows.forEach(visitCounted);
        } finally {
            visiting = null;
        }
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    private Row normalized(Row row) {
        if (row.getKind() == RowKind.INSERT) {
            return row;
        }
        for (int i = 0; i < row.arity(); i++) {
            lookup.setFieldFrom(i, row, i);
        }
        return lookup;
    }
}

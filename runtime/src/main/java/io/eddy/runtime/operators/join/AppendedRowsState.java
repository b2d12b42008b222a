package io.eddy.runtime.operators.join;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.ListState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import java.util.function.Consumer;

/**
 * The rows of an insert-only, inner side of a regular join, appended to a list per join key. Such a
 * side never retracts a row and nobody counts its associations, so each row is kept once as it came:
 * no hashing of the row on the way in, and a list entry instead of a map entry per row, which on the
 * heap is about half the bytes ({@link JoinRecordState} keeps any other side). Rows with a string or
 * another variable-width field are kept serialized on the heap, one byte array per row instead of the
 * row, its arrays and a string object per field; they are read back when the other side scans them.
 */
final class AppendedRowsState implements JoinSideState {

    /** The packed count and associations of every row: once, with none. */
    private static final long ONCE = JoinRecordState.pack(1, 0);

    private final ListState<Row> rows;
    /** Whether the heap backend keeps the rows serialized, and so copies them itself. */
    private final boolean serialized;
    private final String side;
    /** The visitor of the scan under way, and what the list state calls for each of its rows (made once). */
    private RowVisitor visiting;
    private final Consumer<Row> visitOnce = row -> visiting.visit(row, ONCE);

    /**
     * @param backend the operator's keyed state backend
     * @param name the state's name (unique in the operator)
     * @param schema the schema of this side's rows
     * @param ttl the state time-to-live ({@code table.exec.state.ttl})
     */
    AppendedRowsState(KeyedStateBackend backend, String name, RowSchema schema, StateTtl ttl) {
        requireNonNull(backend, "backend is null");
        StateDescriptor<Void, Row> descriptor = StateDescriptor.list(name, new RowSerializer(schema)).withTtl(ttl);
        this.serialized = !schema.fixedWidthOnly();
        this.rows = backend.listState(serialized ? descriptor.withValuesSerializedOnHeap() : descriptor);
        this.side = name;
    }

    @Override
    public void add(Row row, int associations) {
        rows.add(serialized ? row : row.copy());
    }

    @Override
    public void retract(Row row) {
        throw new IllegalStateException("The input of join state '" + side + "' sent " + row
                + ", but the planner marked it insert-only");
    }

    @Override
    public void setAssociations(Row storedRow, long packed, int associations) {
        throw new IllegalStateException("join state '" + side + "' belongs to an inner side and counts no associations");
    }

    @Override
    public void forEachRow(RowVisitor visitor) {
        visiting = visitor;
        try {
            rows.forEach(visitOnce);
        } finally {
            visiting = null;
        }
    }
}

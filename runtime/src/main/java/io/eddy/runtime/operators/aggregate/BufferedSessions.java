package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.ValueState;
import java.util.List;
import java.util.Map;

/**
 * Session contents as the rows themselves (map state of arrival sequence → row), aggregated in
 * arrival order when their session fires. Merging sessions then needs no accumulator merge, so
 * FIRST_VALUE, LAST_VALUE and DISTINCT stay exact; the cost is state proportional to the rows of open
 * sessions, and a firing scans the key's buffered rows.
 */
final class BufferedSessions implements SessionContents {

    private static final RowSchema SESSION_SCHEMA = RowSchema.of("end", FieldType.BIGINT);

    private final RowSchema inputSchema;
    private final int rowtimeField;
    private final Aggregations aggregations;
    private MapState<Long, Row> rows;
    private ValueState<Long> nextSequence;

    BufferedSessions(RowSchema inputSchema, int rowtimeField, Aggregations aggregations) {
        this.inputSchema = inputSchema;
        this.rowtimeField = rowtimeField;
        this.aggregations = aggregations;
    }

    @Override
    public RowSchema sessionSchema() {
        return SESSION_SCHEMA;
    }

    @Override
    public Row newSession() {
        return new Row(SESSION_SCHEMA);
    }

    @Override
    public void open(KeyedStateBackend backend) {
        rows = backend.mapState(StateDescriptor.map("session-rows", Serializers.LONG, new RowSerializer(inputSchema)));
        nextSequence = backend.valueState(StateDescriptor.value("session-next-row", Serializers.LONG));
    }

    @Override
    public void add(Row row, Row session, long start, List<Row> absorbed) {
        Long sequence = nextSequence.value();
        long next = sequence == null ? 0L : sequence;
        rows.put(next, row.copy());
        nextSequence.update(next + 1);
    }

    @Override
    public Row take(long start, Row session, boolean lastSession) {
        long end = session.getLong(END);
        Row accumulator = aggregations.createAccumulator();
        for (Map.Entry<Long, Row> entry : rows.entries()) {
            Row row = entry.getValue();
            long timestamp = row.getTimestampMillis(rowtimeField);
            if (timestamp >= start && timestamp < end) {
                aggregations.accumulate(accumulator, row, start);
                rows.remove(entry.getKey());
            }
        }
        if (lastSession) {
            nextSequence.clear();
        }
        return accumulator;
    }
}

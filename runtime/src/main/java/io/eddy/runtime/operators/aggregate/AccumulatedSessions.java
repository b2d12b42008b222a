package io.eddy.runtime.operators.aggregate;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.state.KeyedStateBackend;
import java.util.List;

/**
 * Session contents as one accumulator per session, kept in the session row next to its end: a row is
 * accumulated as it arrives, and when sessions merge their accumulators merge, as Flink's merging
 * window state does. Only for calls that {@link Aggregations#mergeable() merge}. Keeping the
 * accumulator in the session row means a row costs one state lookup of its key.
 */
final class AccumulatedSessions implements SessionContents {

    private static final int ACCUMULATOR = 1;

    private final Aggregations aggregations;
    private final RowSchema sessionSchema;

    AccumulatedSessions(Aggregations aggregations) {
        if (!aggregations.mergeable()) {
            throw new IllegalArgumentException("the calls " + aggregations.calls() + " cannot merge accumulators");
        }
        this.aggregations = aggregations;
        this.sessionSchema = RowSchema.of("end", FieldType.BIGINT, "accumulator", FieldType.row(aggregations.accumulatorSchema()));
    }

    @Override
    public RowSchema sessionSchema() {
        return sessionSchema;
    }

    @Override
    public void open(KeyedStateBackend backend) {
    }

    @Override
    public Row newSession() {
        Row session = new Row(sessionSchema);
        session.setRow(ACCUMULATOR, aggregations.createAccumulator());
        return session;
    }

    @Override
    public void add(Row row, Row session, long start, List<Row> absorbed) {
        Row accumulator = session.getRow(ACCUMULATOR);
        for (Row other : absorbed) {
            aggregations.merge(accumulator, other.getRow(ACCUMULATOR));
        }
        aggregations.accumulate(accumulator, row, start);
    }

    @Override
    public Row take(long start, Row session, boolean lastSession) {
        return session.getRow(ACCUMULATOR);
    }
}

package io.eddy.runtime.operators.normalize;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.metrics.Counter;
import io.eddy.runtime.operator.AbstractOneInputOperator;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import io.eddy.runtime.state.ValueState;

/**
 * Flink's ChangelogNormalize: turns an upsert stream keyed by a primary key (each {@code +I} or
 * {@code +U} replaces the row of its key, a {@code -D} removes it; an upsert-kafka topic) into a
 * full changelog that downstream operators such as aggregations can consume. Keyed by the primary
 * key, it keeps the last row per key:
 *
 * <ul>
 *   <li>{@code +I}/{@code +U} of an unknown key: {@code +I[new]}.</li>
 *   <li>{@code +I}/{@code +U} of a known key: {@code -U[last]} then {@code +U[new]}; nothing when the
 *       new row equals the last one (a duplicate) and state TTL is off (with TTL the update is sent,
 *       to keep downstream state alive, as Flink does).</li>
 *   <li>{@code -D} (or {@code -U}) of a known key: {@code -D[last]}, the full last row even when the
 *       input delete carries only the key (a Kafka tombstone); the key is forgotten.</li>
 *   <li>{@code -D}/{@code -U} of an unknown key: nothing; counted in {@link #UNKNOWN_KEY_DELETES}.</li>
 * </ul>
 * State (one row per key) follows {@code table.exec.state.ttl}; a key whose state expired starts
 * again with {@code +I}.
 */
public final class ChangelogNormalizeOperator extends AbstractOneInputOperator {

    /** Counter of deletes for keys without a last row (never seen, already deleted or expired). */
    public static final String UNKNOWN_KEY_DELETES = "numDeletesOfUnknownKeysIgnored";

    private final RowSchema schema;
    private ValueState<Row> last;
    private Counter unknownKeyDeletes;
    private boolean ttlEnabled;

    /**
     * @param primaryKey selects the primary key of input rows
     * @param schema the input (and output) rows
     */
    public ChangelogNormalizeOperator(KeySelector primaryKey, RowSchema schema) {
        super(requireNonNull(primaryKey, "primaryKey is null"));
        this.schema = requireNonNull(schema, "schema is null");
    }

    @Override
    public void open() {
        StateTtl ttl = StateTtl.fromConfiguration(context.configuration());
        ttlEnabled = ttl.isEnabled();
        last = keyedStateBackend().valueState(
                StateDescriptor.value("changelog-normalize-last", new RowSerializer(schema)).withTtl(ttl));
        unknownKeyDeletes = context.metrics().counter(UNKNOWN_KEY_DELETES);
    }

    @Override
    public void processElement(Row row) {
        setCurrentKeyOf(row);
        Row previous = last.value();
        if (!row.getKind().isAccumulate()) {
            if (previous == null) {
                unknownKeyDeletes.increment();
                return;
            }
            last.clear();
            output.collect(previous.copy().setKind(RowKind.DELETE));
            return;
        }
        Row current = row.copy().setKind(RowKind.INSERT);
        if (previous == null) {
            last.update(current);
            output.collect(current);
            return;
        }
        if (!ttlEnabled && previous.equals(current)) {
            return;
        }
        last.update(current);
        output.collect(previous.copy().setKind(RowKind.UPDATE_BEFORE));
        output.collect(current.copy().setKind(RowKind.UPDATE_AFTER));
    }

    @Override
    public String toString() {
        return "ChangelogNormalize";
    }
}

package io.eddy.runtime.execution;

import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Rows;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.data.TypeSerializer;
import io.eddy.runtime.sink.Committer;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkContext;
import io.eddy.runtime.sink.SinkWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * A two-phase-commit sink for tests: rows become visible only when the checkpoint that pre-committed
 * them completes; commits are idempotent by transaction id (a restore commits the restored transactions
 * again), so the visible rows are exactly once across failures and restores.
 */
final class TransactionalSink implements Sink<TransactionalSink.Transaction> {

    /** A pre-committed transaction: an id unique across runs and its rows. */
    record Transaction(String id, List<Row> rows) {
    }

    final List<Row> committed = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> committedIds = ConcurrentHashMap.newKeySet();
    private final RowSchema schema;
    private final long delayNanosPerRow;

    TransactionalSink(RowSchema schema, long delayNanosPerRow) {
        this.schema = schema;
        this.delayNanosPerRow = delayNanosPerRow;
    }

    @Override
    public SinkWriter<Transaction> createWriter(SinkContext context) {
        return new SinkWriter<>() {
            private List<Row> transaction = new ArrayList<>();

            @Override
            public void write(Row row) {
                if (delayNanosPerRow > 0) {
                    LockSupport.parkNanos(delayNanosPerRow);
                }
                transaction.add(row.copy());
            }

            @Override
            public void flush(boolean endOfInput) {
            }

            @Override
            public List<Transaction> prepareCommit(long checkpointId) {
                List<Transaction> committables = transaction.isEmpty()
                        ? List.of() : List.of(new Transaction(UUID.randomUUID().toString(), transaction));
                transaction = new ArrayList<>();
                return committables;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public Optional<Committer<Transaction>> createCommitter() {
        return Optional.of(committables -> committables.forEach(transaction -> {
            if (committedIds.add(transaction.id())) {
                committed.addAll(transaction.rows());
            }
        }));
    }

    @Override
    public Optional<TypeSerializer<Transaction>> committableSerializer() {
        TypeSerializer<List<Row>> rows = Serializers.listOf(new RowSerializer(schema));
        return Optional.of(new TypeSerializer<>() {
            @Override
            public void serialize(Transaction value, BinaryOutput output) {
                output.writeString(value.id());
                rows.serialize(value.rows(), output);
            }

            @Override
            public Transaction deserialize(BinaryInput input) {
                return new Transaction(input.readString(), rows.deserialize(input));
            }
        });
    }

    /** The committed rows as sorted text. */
    List<String> sortedStrings() {
        List<String> texts;
        synchronized (committed) {
            texts = Rows.format(new ArrayList<>(committed));
        }
        Collections.sort(texts);
        return texts;
    }
}

package io.eddy.runtime.operators;

import static io.eddy.runtime.harness.OperatorTestSupport.assertSameOutputWithRestores;
import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.data.TypeSerializer;
import io.eddy.runtime.harness.OneInputOperatorHarness;
import io.eddy.runtime.sink.CollectingSink;
import io.eddy.runtime.sink.Committer;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkContext;
import io.eddy.runtime.sink.SinkWriter;
import io.eddy.runtime.sink.SinkWriterOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SinkWriterOperatorTest {

    private static final RowSchema SCHEMA = RowSchema.of("id", FieldType.BIGINT);

    /** A transactional sink: rows become visible only when their transaction commits. */
    private static final class TransactionalSink implements Sink<List<Row>> {
        final List<Row> visible = new ArrayList<>();
        final List<String> log = new ArrayList<>();

        @Override
        public SinkWriter<List<Row>> createWriter(SinkContext context) {
            return new SinkWriter<>() {
                private List<Row> transaction = new ArrayList<>();

                @Override
                public void write(Row row) {
                    transaction.add(row.copy());
                }

                @Override
                public void flush(boolean endOfInput) {
                    log.add("flush " + endOfInput);
                }

                @Override
                public List<List<Row>> prepareCommit(long checkpointId) {
                    log.add("prepare " + (checkpointId == Long.MAX_VALUE ? "final" : checkpointId) + " " + transaction.size());
                    List<List<Row>> committables = transaction.isEmpty() ? List.of() : List.of(transaction);
                    transaction = new ArrayList<>();
                    return committables;
                }

                @Override
                public void notifyCheckpointComplete(long checkpointId) {
                    log.add("completed " + checkpointId);
                }

                @Override
                public void close() {
                    log.add("close");
                }
            };
        }

        @Override
        public Optional<Committer<List<Row>>> createCommitter() {
            return Optional.of(committables -> committables.forEach(visible::addAll));
        }

        @Override
        public Optional<TypeSerializer<List<Row>>> committableSerializer() {
            return Optional.of(Serializers.listOf(new RowSerializer(SCHEMA)));
        }
    }

    @Test
    void preCommittedDataIsCommittedAfterARestore() throws Exception {
        TransactionalSink sink = new TransactionalSink();
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(SinkWriterOperator.factory(sink)).open()) {
            harness.processElements(SCHEMA, "+I[1]", "+I[2]");
            harness.snapshotAndRestore();
            assertThat(sink.visible).map(Row::toString).containsExactly("+I[1]", "+I[2]");
            assertThat(sink.log).as("restored commits are not this run's checkpoints").noneMatch(line -> line.startsWith("completed"));
            harness.notifyCheckpointComplete(1);
            assertThat(sink.visible).as("committed once").hasSize(2);
            assertThat(sink.log).endsWith("completed 1");
        }
    }

    @Test
    void rowsBecomeVisibleOnlyWhenTheirCheckpointCompletes() throws Exception {
        TransactionalSink sink = new TransactionalSink();
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(SinkWriterOperator.factory(sink)).open()) {
            harness.processElements(SCHEMA, "+I[1]", "+I[2]");
            long checkpoint = 1;
            harness.snapshot();
            harness.processElements(SCHEMA, "+I[3]");
            assertThat(sink.visible).isEmpty();
            harness.processWatermark(5);
            harness.notifyCheckpointComplete(checkpoint);
            assertThat(sink.visible).map(Row::toString).containsExactly("+I[1]", "+I[2]");
            harness.endInput();
            assertThat(sink.visible).map(Row::toString).containsExactly("+I[1]", "+I[2]", "+I[3]");
            assertThat(harness.records()).as("a sink emits nothing").isEmpty();
        }
        assertThat(sink.log).as("the end of input is no checkpoint the writer hears of")
                .containsExactly("flush false", "prepare 1 2", "completed 1", "flush true", "prepare final 1", "close");
    }

    @Test
    void collectingSinkThroughTheHarnessWithRestores() throws Exception {
        CollectingSink sink = new CollectingSink();
        assertSameOutputWithRestores(SinkWriterOperator.factory(new CollectingSink()), harness -> {
            harness.processElements(SCHEMA, "+I[1]", "-D[1]");
            harness.endInput();
        });
        try (OneInputOperatorHarness harness = new OneInputOperatorHarness(SinkWriterOperator.factory(sink)).open()) {
            harness.processElements(SCHEMA, "+I[1]", "-D[1]");
            harness.endInput();
        }
        assertThat(sink.rows()).map(Row::toString).containsExactly("+I[1]", "-D[1]");
        assertThat(sink.receivedEndOfInput()).isTrue();
    }
}

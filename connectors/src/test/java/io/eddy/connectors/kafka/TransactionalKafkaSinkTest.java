package io.eddy.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.kafka.LingeringTransactions.SinkTransaction;
import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.BinaryInput;
import io.eddy.runtime.data.BinaryOutput;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.TransactionState;
import org.junit.jupiter.api.Test;

/** The exactly-once sink's rules that need no broker: checkpointing, timeouts, ids, committables. */
class TransactionalKafkaSinkTest {

  private static Configuration checkpointEvery(String interval) {
    return new Configuration().set(RuntimeOptions.CHECKPOINTING_INTERVAL, interval);
  }

  private static Properties timeout(String millis) {
    Properties properties = new Properties();
    properties.setProperty("transaction.timeout.ms", millis);
    return properties;
  }

  @Test
  void refusesToRunWithoutCheckpoints() {
    assertThatThrownBy(() -> TransactionalKafkaSink.checkCheckpointing("out", new Configuration()))
        .hasMessage("Table out: 'sink.delivery-guarantee' = 'exactly-once' commits rows only when a checkpoint"
            + " completes, but checkpointing is off. Hint: SET 'execution.checkpointing.interval' = '10 s', or use"
            + " 'at-least-once'");
    TransactionalKafkaSink.checkCheckpointing("out", checkpointEvery("1 s"));
  }

  @Test
  void warnsWhenTransactionsTimeOutBeforeTheNextCheckpoint() {
    assertThat(TransactionalKafkaSink.timeoutWarning("out", new Properties(), checkpointEvery("2 min")))
        .hasValue("Table out: 'properties.transaction.timeout.ms' (60000 ms) is shorter than"
            + " 'execution.checkpointing.interval' (120000 ms): brokers abort transactions before their checkpoint"
            + " commits them and the job fails. Raise the timeout above the interval");
    assertThat(TransactionalKafkaSink.timeoutWarning("out", timeout("900000"), checkpointEvery("2 min"))).isEmpty();
    assertThat(TransactionalKafkaSink.timeoutWarning("out", new Properties(), checkpointEvery("10 s"))).isEmpty();
    assertThatThrownBy(() -> TransactionalKafkaSink.transactionTimeoutMillis(timeout("soon")))
        .hasMessage("Invalid value 'soon' of option 'properties.transaction.timeout.ms': expected milliseconds");
  }

  @Test
  void aWriterNumbersItsIdsAboveEveryKnownOneOfItsSubtask() {
    List<SinkTransaction> known = List.of(
        new SinkTransaction("p-0-3", 0, 3, TransactionState.COMPLETE_COMMIT),
        new SinkTransaction("p-0-9", 0, 9, TransactionState.ONGOING),
        new SinkTransaction("p-1-20", 1, 20, TransactionState.EMPTY));
    assertThat(LingeringTransactions.firstFreeNumber(known, 0)).isEqualTo(10);
    assertThat(LingeringTransactions.firstFreeNumber(known, 1)).isEqualTo(21);
    assertThat(LingeringTransactions.firstFreeNumber(known, 2)).isZero();
    assertThat(LingeringTransactions.transactionalId("my-job", 2, 7)).isEqualTo("my-job-2-7");
  }

  @Test
  void aWriterAbortsTheOpenTransactionsOfItsSubtaskIndexModuloTheParallelismButNotItsOwn() {
    List<SinkTransaction> known = List.of(
        new SinkTransaction("p-0-3", 0, 3, TransactionState.ONGOING),
        new SinkTransaction("p-0-4", 0, 4, TransactionState.COMPLETE_COMMIT),
        new SinkTransaction("p-0-5", 0, 5, TransactionState.ONGOING),
        new SinkTransaction("p-1-2", 1, 2, TransactionState.PREPARE_ABORT),
        new SinkTransaction("p-2-0", 2, 0, TransactionState.ONGOING),
        new SinkTransaction("p-3-1", 3, 1, TransactionState.ONGOING));
    assertThat(LingeringTransactions.lingering(known, 0, 2, 5)).extracting(SinkTransaction::transactionalId)
        .containsExactly("p-0-3", "p-2-0");
    assertThat(LingeringTransactions.lingering(known, 1, 2, 3)).extracting(SinkTransaction::transactionalId)
        .containsExactly("p-1-2", "p-3-1");
  }

  @Test
  void aCommittableKeepsItsTransactionButNotItsProducerInACheckpoint() {
    KafkaCommittable committable = new KafkaCommittable("p-1-4", 42, (short) 7, null);
    BinaryOutput output = new BinaryOutput();
    KafkaCommittable.SERIALIZER.serialize(committable, output);
    assertThat(KafkaCommittable.SERIALIZER.deserialize(new BinaryInput(output.toByteArray()))).isEqualTo(committable)
        .hasToString("KafkaCommittable[p-1-4, producer id 42, epoch 7]");
    assertThatThrownBy(() -> new KafkaCommittable("p-1-4", -1, (short) 0, null))
        .hasMessage("transaction p-1-4 has no producer id and epoch: -1, 0");
  }
}

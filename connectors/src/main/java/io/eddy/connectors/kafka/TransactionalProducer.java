package io.eddy.connectors.kafka;

import static java.util.Objects.requireNonNull;

import io.eddy.connectors.kafka.ProducerInternals.IdAndEpoch;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A producer bound to one transactional id: it runs one transaction at a time, is pre-committed at a
 * checkpoint ({@link #preCommit()}), committed when the checkpoint completes and then released by its
 * writer ({@link #committed()}).
 */
final class TransactionalProducer implements AutoCloseable {

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

  private final String transactionalId;
  private final KafkaProducer<byte[], byte[]> producer;
  private boolean inTransaction;
  private Consumer<TransactionalProducer> onCommitted = TransactionalProducer::close;

  private TransactionalProducer(String transactionalId, KafkaProducer<byte[], byte[]> producer) {
    this.transactionalId = transactionalId;
    this.producer = producer;
  }

  /** A producer of {@code transactionalId} with initialized transactions: earlier users of the id are fenced. */
  static TransactionalProducer initialized(Properties producerProperties, String transactionalId) {
    TransactionalProducer created = create(producerProperties, transactionalId);
    try {
      created.producer.initTransactions();
    } catch (RuntimeException e) {
      created.close();
      throw e;
    }
    return created;
  }

  /** A producer that continues the pre-committed transaction {@code committable}, ready to be committed. */
  static TransactionalProducer resumed(Properties producerProperties, KafkaCommittable committable) {
    TransactionalProducer created = create(producerProperties, committable.transactionalId());
    try {
      ProducerInternals.resumeTransaction(created.producer,
          new IdAndEpoch(committable.producerId(), committable.epoch()));
      created.inTransaction = true;
    } catch (RuntimeException e) {
      created.close();
      throw e;
    }
    return created;
  }

  private static TransactionalProducer create(Properties producerProperties, String transactionalId) {
    requireNonNull(transactionalId, "transactionalId is null");
    return new TransactionalProducer(transactionalId, new KafkaProducer<>(KafkaClientProperties.with(
        producerProperties, Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId))));
  }

  String transactionalId() {
    return transactionalId;
  }

  KafkaProducer<byte[], byte[]> producer() {
    return producer;
  }

  /** What {@link #committed()} does; closing by default. */
  void onCommitted(Consumer<TransactionalProducer> action) {
    this.onCommitted = requireNonNull(action, "action is null");
  }

  void begin() {
    producer.beginTransaction();
    inTransaction = true;
  }

  void send(ProducerRecord<byte[], byte[]> record, Callback callback) {
    producer.send(record, callback);
  }

  /** Flushes the open transaction and describes it for the checkpoint. */
  KafkaCommittable preCommit() {
    producer.flush();
    IdAndEpoch idAndEpoch = ProducerInternals.idAndEpoch(producer);
    return new KafkaCommittable(transactionalId, idAndEpoch.producerId(), idAndEpoch.epoch(), this);
  }

  void commit() {
    producer.commitTransaction();
    inTransaction = false;
  }

  void abort() {
    producer.abortTransaction();
    inTransaction = false;
  }

  /** Its transaction is committed: hands the producer to its writer, which closes it. */
  void committed() {
    onCommitted.accept(this);
  }

  /**
   * Closes the producer. A producer whose transaction is still open closes at once, because a graceful
   * close would abort the transaction, and a pre-committed one must stay open for whoever commits it
   * after a restore.
   */
  @Override
  public void close() {
    producer.close(inTransaction ? Duration.ZERO : CLOSE_TIMEOUT);
  }

  @Override
  public String toString() {
    return "TransactionalProducer[" + transactionalId + "]";
  }
}

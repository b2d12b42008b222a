package io.eddy.connectors.kafka;

import io.eddy.connectors.kafka.LingeringTransactions.SinkTransaction;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.sink.SinkContext;
import io.eddy.runtime.sink.SinkWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one sink subtask's rows in Kafka transactions ({@code exactly-once}): the rows between two
 * checkpoints go into one transaction, flushed and handed over at the checkpoint and committed once
 * the checkpoint completes. Each transaction has its own transactional id {@code <prefix>-<subtask>-<n>}
 * and producer, so a subtask holds a small pool of producers: the open transaction's and those waiting
 * for their commit (normally one). An id is never reused, so after a restore the id alone tells whether
 * its transaction was committed, whatever the brokers' transaction protocol version. A run numbers its
 * ids above every number of its subtask the brokers know, so it never fences a transaction an earlier
 * run pre-committed. When the first checkpoint of the run completes, every
 * subtask has committed what it restored, so the writer then aborts the still-open transactions of
 * earlier runs it is responsible for (crashed writers' transactions).
 */
final class TransactionalKafkaWriter implements SinkWriter<KafkaCommittable> {

  private static final Logger LOG = LoggerFactory.getLogger(TransactionalKafkaWriter.class);

  private final TransactionalKafkaSink sink;
  private final SinkContext context;
  private final KafkaRecordEncoder encoder;
  private final Properties producerProperties;
  private final LingeringTransactions transactions;
  private final long firstNumber;
  private final Set<TransactionalProducer> live = new LinkedHashSet<>();
  private long nextNumber;
  private TransactionalProducer current;
  private Integer fixedPartition;
  private boolean lingeringAborted;
  private volatile Exception sendError;

  TransactionalKafkaWriter(TransactionalKafkaSink sink, SinkContext context) {
    this.sink = sink;
    this.context = context;
    TransactionalKafkaSink.checkCheckpointing(sink.kafkaSink().tableName(), context.configuration());
    TransactionalKafkaSink.timeoutWarning(sink.kafkaSink().tableName(), sink.kafkaSink().clientProperties(),
        context.configuration()).ifPresent(LOG::warn);
    this.encoder = new KafkaRecordEncoder(sink.kafkaSink());
    this.producerProperties = KafkaClientProperties.producer(sink.kafkaSink().clientProperties(),
        sink.kafkaSink().partitioner());
    this.transactions = new LingeringTransactions(sink.transactionalIdPrefix());
    this.firstNumber = LingeringTransactions.firstFreeNumber(
        transactions.list(sink.kafkaSink().clientProperties()), context.subtaskIndex());
    this.nextNumber = firstNumber;
  }

  @Override
  public void write(Row row) {
    checkSent();
    if (current == null) {
      current = begin();
    }
    ProducerRecord<byte[], byte[]> record = encoder.encode(row, fixedPartition);
    if (record == null) {
      return;
    }
    current.send(record, (metadata, error) -> {
      if (error != null && sendError == null) {
        sendError = error;
      }
    });
  }

  /** A new transaction under the next transactional id. */
  private TransactionalProducer begin() {
    String id = LingeringTransactions.transactionalId(sink.transactionalIdPrefix(), context.subtaskIndex(),
        nextNumber++);
    TransactionalProducer producer = TransactionalProducer.initialized(producerProperties, id);
    live.add(producer);
    producer.onCommitted(this::committed);
    if (fixedPartition == null) {
      fixedPartition = KafkaClientProperties.fixedPartition(sink.kafkaSink(), producer.producer(),
          context.subtaskIndex());
    }
    producer.begin();
    return producer;
  }

  private void committed(TransactionalProducer producer) {
    live.remove(producer);
    producer.close();
  }

  @Override
  public void flush(boolean endOfInput) {
    if (current != null) {
      current.producer().flush();
    }
    checkSent();
  }

  /** The open transaction, flushed, as the checkpoint's committable; none when nothing was written. */
  @Override
  public List<KafkaCommittable> prepareCommit(long checkpointId) {
    if (current == null) {
      return List.of();
    }
    KafkaCommittable committable = current.preCommit();
    checkSent();
    current = null;
    return List.of(committable);
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) {
    if (lingeringAborted) {
      return;
    }
    lingeringAborted = true;
    List<SinkTransaction> lingering = LingeringTransactions.lingering(
        transactions.list(sink.kafkaSink().clientProperties()), context.subtaskIndex(), context.parallelism(),
        firstNumber);
    LingeringTransactions.abort(lingering, producerProperties, sink.kafkaSink().tableName());
  }

  private void checkSent() {
    Exception error = sendError;
    if (error != null) {
      throw new ConnectorException("Cannot write to topic '" + sink.kafkaSink().topic() + "' of table "
          + sink.kafkaSink().tableName() + ": " + error.getMessage());
    }
  }

  /**
   * Aborts the open transaction (its rows come after the last checkpoint, so a restore writes them
   * again) and closes every producer; pre-committed transactions stay open for whoever restores. A
   * cancelled task's interrupt is set aside meanwhile, so that the producers end cleanly.
   */
  @Override
  public void close() {
    boolean interrupted = Thread.interrupted();
    try {
      if (current != null) {
        try {
          current.abort();
        } catch (RuntimeException e) {
          LOG.warn("Table {}: cannot abort transaction {}: {}", sink.kafkaSink().tableName(),
              current.transactionalId(), e.getMessage());
        }
      }
      new ArrayList<>(live).forEach(TransactionalProducer::close);
      live.clear();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

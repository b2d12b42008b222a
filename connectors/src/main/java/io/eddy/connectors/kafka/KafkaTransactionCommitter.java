package io.eddy.connectors.kafka;

import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.sink.Committer;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidPidMappingException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TransactionalIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits pre-committed Kafka transactions once their checkpoint completed: through the live producer
 * when the transaction was started in this process, otherwise (after a restore) by resuming it from its
 * transactional id, producer id and epoch. A restore may find the transaction already committed (the
 * crashed run committed it after the checkpoint): as ids are never reused, the coordinator's state of
 * the id tells (CompleteCommit, or Empty: nothing of the id is open), and that is success. A
 * transaction the broker aborted (it was open longer than
 * {@code transaction.timeout.ms}) fails the job: its rows would otherwise be lost silently.
 */
final class KafkaTransactionCommitter implements Committer<KafkaCommittable> {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaTransactionCommitter.class);

  private static final String TIMEOUT_HINT = "Hint: raise 'properties.transaction.timeout.ms' (up to the brokers'"
      + " transaction.max.timeout.ms) well above the checkpoint interval and the time a restart takes";

  private final String tableName;
  private final Properties producerProperties;

  KafkaTransactionCommitter(String tableName, Properties producerProperties) {
    this.tableName = tableName;
    this.producerProperties = producerProperties;
  }

  @Override
  public void commit(List<KafkaCommittable> committables) {
    for (KafkaCommittable committable : committables) {
      if (committable.producer() != null) {
        commitLive(committable);
      } else {
        commitRestored(committable);
      }
    }
  }

  private void commitLive(KafkaCommittable committable) {
    try {
      committable.producer().commit();
    } catch (KafkaException e) {
      committable.producer().close();
      throw failure(committable, e);
    }
    committable.producer().committed();
  }

  /**
   * Commits a transaction a restore found in the checkpoint. The coordinator's state of its id says
   * whether the crashed run committed it already (ids are never reused, so that state is this
   * transaction's), whether it is still open (resume and commit) or whether the broker aborted it.
   */
  private void commitRestored(KafkaCommittable committable) {
    TransactionState state = stateOf(committable);
    switch (state) {
      case COMPLETE_COMMIT, PREPARE_COMMIT -> LOG.info("Table {}: restored transaction {} was already committed",
          tableName, committable);
      // Kafka 4 brokers were seen to report a transaction they had committed as Empty soon after; Empty
      // means nothing of the id is open. An aborted one stays CompleteAbort until its id is used again,
      // which only this sink does, after the restored transactions are committed.
      case EMPTY -> LOG.info("Table {}: restored transaction {} is no longer open; nothing is left to commit",
          tableName, committable);
      case ONGOING -> {
        LOG.info("Table {}: committing restored transaction {}", tableName, committable);
        try (TransactionalProducer producer = TransactionalProducer.resumed(producerProperties, committable)) {
          producer.commit();
        } catch (KafkaException e) {
          throw failure(committable, e);
        }
      }
      default -> throw new ConnectorException("Cannot commit transaction '" + committable.transactionalId()
          + "' of table " + tableName + " restored from a checkpoint: the brokers report it as " + state
          + ", so the rows it held are lost. " + TIMEOUT_HINT);
    }
  }

  /** The coordinator's state of the committable's transactional id; UNKNOWN when the id is unknown. */
  private TransactionState stateOf(KafkaCommittable committable) {
    try (Admin admin = Admin.create(producerProperties)) {
      return admin.describeTransactions(List.of(committable.transactionalId())).all().get()
          .get(committable.transactionalId()).state();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TransactionalIdNotFoundException) {
        return TransactionState.UNKNOWN;
      }
      throw new ConnectorException("Cannot commit transaction '" + committable.transactionalId() + "' of table "
          + tableName + ": cannot describe it: " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException("Interrupted while committing transaction '" + committable.transactionalId()
          + "' of table " + tableName, e);
    }
  }

  private static boolean isEnded(KafkaException e) {
    return e instanceof ProducerFencedException || e instanceof InvalidProducerEpochException
        || e instanceof InvalidTxnStateException || e instanceof InvalidPidMappingException;
  }

  private ConnectorException failure(KafkaCommittable committable, KafkaException e) {
    if (isEnded(e)) {
      return new ConnectorException("Cannot commit transaction '" + committable.transactionalId() + "' of table "
          + tableName + ": the broker aborted it, most likely because it stayed open longer than "
          + "'properties.transaction.timeout.ms' (" + TransactionalKafkaSink.transactionTimeoutMillis(producerProperties)
          + " ms), so the rows it held are lost (" + e.getClass().getSimpleName() + "). " + TIMEOUT_HINT, e);
    }
    return new ConnectorException("Cannot commit transaction '" + committable.transactionalId() + "' of table "
        + tableName + ": " + e.getMessage(), e);
  }
}

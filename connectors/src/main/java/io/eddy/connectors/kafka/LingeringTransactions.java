package io.eddy.connectors.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactional ids of one sink ({@code <prefix>-<subtask>-<n>}) as the brokers know them: which
 * numbers a writer may use without touching an earlier run's transactions, and which earlier
 * transactions are still open and must be aborted. Aborting fences: {@code initTransactions} on an id
 * ends its open transaction.
 */
final class LingeringTransactions {

  private static final Logger LOG = LoggerFactory.getLogger(LingeringTransactions.class);
  private static final Set<TransactionState> OPEN = Set.of(TransactionState.ONGOING,
      TransactionState.PREPARE_ABORT, TransactionState.PREPARE_COMMIT, TransactionState.PREPARE_EPOCH_FENCE);

  /** One transactional id of the sink. */
  record SinkTransaction(String transactionalId, int subtask, long number, TransactionState state) {
    boolean isOpen() {
      return OPEN.contains(state);
    }
  }

  private final Pattern ids;

  LingeringTransactions(String prefix) {
    this.ids = Pattern.compile(Pattern.quote(prefix) + "-(\\d+)-(\\d+)");
  }

  /** The transactional id of number {@code number} of subtask {@code subtask}. */
  static String transactionalId(String prefix, int subtask, long number) {
    return prefix + "-" + subtask + "-" + number;
  }

  /** Every transactional id of this prefix the brokers know, in any state. */
  List<SinkTransaction> list(Properties clientProperties) {
    try (Admin admin = Admin.create(clientProperties)) {
      List<SinkTransaction> found = new ArrayList<>();
      for (TransactionListing listing : admin.listTransactions().all().get()) {
        Matcher matcher = ids.matcher(listing.transactionalId());
        if (matcher.matches()) {
          found.add(new SinkTransaction(listing.transactionalId(), Integer.parseInt(matcher.group(1)),
              Long.parseLong(matcher.group(2)), listing.state()));
        }
      }
      return found;
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot list the transactions of the brokers: " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while listing transactions", e);
    }
  }

  /** The first number subtask {@code subtask} may use: above every number it used before. */
  static long firstFreeNumber(List<SinkTransaction> known, int subtask) {
    return known.stream().filter(t -> t.subtask() == subtask).mapToLong(SinkTransaction::number).max().orElse(-1) + 1;
  }

  /**
   * The open transactions subtask {@code subtask} of {@code parallelism} is responsible for: those of
   * earlier subtasks with the same index modulo the parallelism, except its own from {@code ownFrom} on.
   */
  static List<SinkTransaction> lingering(List<SinkTransaction> known, int subtask, int parallelism, long ownFrom) {
    return known.stream()
        .filter(SinkTransaction::isOpen)
        .filter(t -> t.subtask() % parallelism == subtask)
        .filter(t -> t.subtask() != subtask || t.number() < ownFrom)
        .toList();
  }

  /** Aborts each transaction by fencing its id. */
  static void abort(List<SinkTransaction> lingering, Properties producerProperties, String tableName) {
    for (SinkTransaction transaction : lingering) {
      LOG.info("Table {}: aborting lingering transaction {} ({})", tableName, transaction.transactionalId(),
          transaction.state());
      TransactionalProducer.initialized(producerProperties, transaction.transactionalId()).close();
    }
  }
}

package io.eddy.connectors.kafka;

import static java.util.Objects.requireNonNull;

import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.TypeSerializer;
import io.eddy.runtime.sink.Committer;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkContext;
import io.eddy.runtime.sink.SinkWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * {@code 'sink.delivery-guarantee' = 'exactly-once'}: a {@link KafkaSink} whose writers write in Kafka
 * transactions committed when checkpoints complete (two-phase commit), so consumers reading with
 * {@code isolation.level = read_committed} see every row once, also across failures and restores. It
 * needs checkpointing; rows become visible only when the checkpoint after them completes.
 *
 * @param kafkaSink where and how rows are written
 * @param transactionalIdPrefix {@code sink.transactional-id-prefix}: unique per job writing to the cluster
 */
record TransactionalKafkaSink(KafkaSink kafkaSink, String transactionalIdPrefix) implements Sink<KafkaCommittable> {

  /** The producer's default {@code transaction.timeout.ms}. */
  static final long DEFAULT_TRANSACTION_TIMEOUT_MILLIS = 60_000;

  TransactionalKafkaSink {
    requireNonNull(kafkaSink, "kafkaSink is null");
    requireNonNull(transactionalIdPrefix, "transactionalIdPrefix is null");
    if (transactionalIdPrefix.isBlank()) {
      throw new ConnectorException("Option 'sink.transactional-id-prefix' of table " + kafkaSink.tableName()
          + " is blank; give a prefix unique to this job");
    }
  }

  @Override
  public SinkWriter<KafkaCommittable> createWriter(SinkContext context) {
    return new TransactionalKafkaWriter(this, context);
  }

  @Override
  public Optional<Committer<KafkaCommittable>> createCommitter() {
    return Optional.of(new KafkaTransactionCommitter(kafkaSink.tableName(),
        KafkaClientProperties.producer(kafkaSink.clientProperties(), kafkaSink.partitioner())));
  }

  @Override
  public Optional<TypeSerializer<KafkaCommittable>> committableSerializer() {
    return Optional.of(KafkaCommittable.SERIALIZER);
  }

  /** Refuses to run without periodic checkpoints: rows would never be committed. */
  static void checkCheckpointing(String tableName, Configuration configuration) {
    if (configuration.get(RuntimeOptions.CHECKPOINTING_INTERVAL).isZero()) {
      throw new ConnectorException("Table " + tableName + ": 'sink.delivery-guarantee' = 'exactly-once' commits"
          + " rows only when a checkpoint completes, but checkpointing is off. Hint: SET"
          + " 'execution.checkpointing.interval' = '10 s', or use 'at-least-once'");
    }
  }

  /** A warning when transactions may time out before the checkpoint that commits them completes. */
  static Optional<String> timeoutWarning(String tableName, Properties clientProperties, Configuration configuration) {
    Duration interval = configuration.get(RuntimeOptions.CHECKPOINTING_INTERVAL);
    long timeout = transactionTimeoutMillis(clientProperties);
    if (interval.isZero() || timeout >= interval.toMillis()) {
      return Optional.empty();
    }
    return Optional.of("Table " + tableName + ": 'properties.transaction.timeout.ms' (" + timeout + " ms) is shorter"
        + " than 'execution.checkpointing.interval' (" + interval.toMillis() + " ms): brokers abort transactions"
        + " before their checkpoint commits them and the job fails. Raise the timeout above the interval");
  }

  /** {@code transaction.timeout.ms} of the producers. */
  static long transactionTimeoutMillis(Properties clientProperties) {
    String value = clientProperties.getProperty(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG);
    if (value == null) {
      return DEFAULT_TRANSACTION_TIMEOUT_MILLIS;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new ConnectorException("Invalid value '" + value + "' of option 'properties.transaction.timeout.ms':"
          + " expected milliseconds");
    }
  }

  @Override
  public String toString() {
    return "TransactionalKafkaSink[" + kafkaSink.topic() + ", " + transactionalIdPrefix + "]";
  }
}

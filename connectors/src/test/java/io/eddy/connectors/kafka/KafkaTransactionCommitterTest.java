package io.eddy.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.kafka.testing.KafkaBroker;
import io.eddy.connectors.kafka.testing.KafkaBrokerExtension;
import io.eddy.connectors.spi.ConnectorException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Committing pre-committed transactions against a real broker: resumed after a restore, already
 * committed by the crashed run, or aborted by the broker (a timeout), which must fail loudly.
 */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaTransactionCommitterTest {

  private static final AtomicInteger IDS = new AtomicInteger();

  private static Properties producerProperties(KafkaBroker broker) {
    Properties base = new Properties();
    base.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    return KafkaClientProperties.producer(base, "default");
  }

  /** A transaction with one record, flushed and described as a checkpoint would keep it. */
  private static KafkaCommittable preCommitted(KafkaBroker broker, String topic, TransactionalProducer producer) {
    producer.begin();
    producer.send(new ProducerRecord<>(topic, 0, null, "row".getBytes()), (metadata, error) -> { });
    return producer.preCommit();
  }

  private static String transactionalId() {
    return "committer-test-0-" + IDS.incrementAndGet();
  }

  @Test
  void aRestoredTransactionIsCommittedOnceAndACommittedOneIsNotAnError(KafkaBroker broker) throws Exception {
    String topic = new KafkaTopics(broker).create("committer-resume", 1);
    Properties properties = producerProperties(broker);
    TransactionalProducer crashed = TransactionalProducer.initialized(properties, transactionalId());
    KafkaCommittable restored = preCommitted(broker, topic, crashed).withoutProducer();
    crashed.close();
    KafkaTransactionCommitter committer = new KafkaTransactionCommitter("out", properties);
    assertThat(ReadCommitted.committed(broker, topic, 1, Duration.ofMillis(300))).isEmpty();

    committer.commit(List.of(restored));
    assertThat(ReadCommitted.committed(broker, topic, 1, Duration.ofSeconds(10))).containsExactly("row");
    committer.commit(List.of(restored));
    assertThat(ReadCommitted.committed(broker, topic, 2, Duration.ofMillis(500))).containsExactly("row");
  }

  @Test
  void aRestoredTransactionTheBrokerAbortedFailsTheJob(KafkaBroker broker) throws Exception {
    String topic = new KafkaTopics(broker).create("committer-aborted", 1);
    Properties properties = producerProperties(broker);
    String id = transactionalId();
    TransactionalProducer crashed = TransactionalProducer.initialized(properties, id);
    KafkaCommittable restored = preCommitted(broker, topic, crashed).withoutProducer();
    crashed.abort();
    crashed.close();

    assertThatThrownBy(() -> new KafkaTransactionCommitter("out", properties).commit(List.of(restored)))
        .isInstanceOf(ConnectorException.class)
        .hasMessage("Cannot commit transaction '" + id + "' of table out restored from a checkpoint: the brokers"
            + " report it as CompleteAbort, so the rows it held are lost. Hint: raise"
            + " 'properties.transaction.timeout.ms' (up to the brokers' transaction.max.timeout.ms) well above the"
            + " checkpoint interval and the time a restart takes");
  }

  @Test
  void aLiveTransactionTheBrokerEndedFailsTheJob(KafkaBroker broker) throws Exception {
    String topic = new KafkaTopics(broker).create("committer-fenced", 1);
    Properties properties = producerProperties(broker);
    String id = transactionalId();
    TransactionalProducer live = TransactionalProducer.initialized(properties, id);
    KafkaCommittable committable = preCommitted(broker, topic, live);
    TransactionalProducer.initialized(properties, id).close();

    assertThatThrownBy(() -> new KafkaTransactionCommitter("out", properties).commit(List.of(committable)))
        .isInstanceOf(ConnectorException.class)
        .hasMessageStartingWith("Cannot commit transaction '" + id + "' of table out: the broker aborted it, most"
            + " likely because it stayed open longer than 'properties.transaction.timeout.ms' (60000 ms), so the rows"
            + " it held are lost (")
        .hasMessageEndingWith("). Hint: raise 'properties.transaction.timeout.ms' (up to the brokers'"
            + " transaction.max.timeout.ms) well above the checkpoint interval and the time a restart takes");
    assertThat(ReadCommitted.committed(broker, topic, 1, Duration.ofMillis(500))).isEmpty();
  }
}

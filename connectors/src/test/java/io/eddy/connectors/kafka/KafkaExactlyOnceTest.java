package io.eddy.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.kafka.testing.KafkaBroker;
import io.eddy.connectors.kafka.testing.KafkaBrokerExtension;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.TypeSerializer;
import io.eddy.runtime.execution.JobClient;
import io.eddy.runtime.execution.JobExecutionException;
import io.eddy.runtime.execution.JobManager;
import io.eddy.runtime.execution.JobSnapshot;
import io.eddy.runtime.execution.JobStatus;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.sink.Committer;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkContext;
import io.eddy.runtime.sink.SinkWriter;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.source.memory.InMemorySource;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exactly-once Kafka sink in running jobs against a real broker: rows become visible to
 * read_committed consumers only when their checkpoint completes, a failure between pre-commit and commit
 * loses and duplicates nothing, transactions left open by a killed writer are aborted, and the sink
 * refuses to run without checkpoints.
 */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaExactlyOnceTest {

  private static final RowSchema ORDERS = RowSchema.of("id", FieldType.BIGINT, "price", FieldType.BIGINT);
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static List<List<Row>> orders(int count) {
    List<List<Row>> splits = List.of(new ArrayList<>(), new ArrayList<>());
    for (int id = 0; id < count; id++) {
      splits.get(id % 2).add(Row.withValues(RowKind.INSERT, ORDERS, (long) id, id * 10L));
    }
    return splits;
  }

  private static List<String> expected(int count) {
    return IntStream.range(0, count).mapToObj(id -> "{\"id\":" + id + ",\"price\":" + id * 10 + "}").sorted().toList();
  }

  private static Sink<?> exactlyOnce(KafkaBroker broker, String topic, String prefix) {
    Map<String, String> options = new HashMap<>(Map.of("topic", topic, "format", "json",
        "properties.bootstrap.servers", broker.bootstrapServers(), "sink.delivery-guarantee", "exactly-once",
        "sink.transactional-id-prefix", prefix));
    return ConnectorFactories.load().createSink("kafka", new SinkRequest("orders_out", ORDERS, options));
  }

  private static String prefix() {
    return "eddy-test-" + PREFIXES.incrementAndGet();
  }

  /** Checkpoints only when the test asks (a long interval), restarts once after a failure. */
  private static Configuration configuration() {
    return new Configuration().set(RuntimeOptions.TASK_SLOTS, "4")
        .set(RuntimeOptions.CHECKPOINTING_INTERVAL, "1 h")
        .set(RuntimeOptions.RESTART_STRATEGY, "fixed-delay")
        .set(RuntimeOptions.RESTART_DELAY, "10 ms");
  }

  private static JobGraph job(List<List<Row>> data, Sink<?> sink) {
    return job(InMemorySource.unbounded(data), sink);
  }

  private static JobGraph job(InMemorySource source, Sink<?> sink) {
    JobGraph.Builder builder = JobGraph.builder("orders to kafka");
    int orders = builder.addSource("orders", source, WatermarkStrategy.noWatermarks(), 2);
    int writer = builder.addOperator("write", SinkWriterOperator.factory(sink), 2);
    return builder.forward(orders, writer).build();
  }

  private static void awaitRecordsIn(JobClient job, long count) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (job.metrics().recordsIn("write") < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the sink received " + job.metrics().recordsIn("write") + " of " + count + " rows");
      }
      Thread.sleep(5);
    }
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }

  @Test
  void rowsBecomeVisibleToReadCommittedConsumersWhenTheCheckpointCompletes(KafkaBroker broker) throws Exception {
    String topic = new KafkaTopics(broker).create("eos-visible", 2);
    try (JobManager jobManager = new JobManager(configuration())) {
      JobClient job = jobManager.submit(job(orders(100), exactlyOnce(broker, topic, prefix())));
      awaitRecordsIn(job, 100);
      assertThat(ReadCommitted.uncommitted(broker, topic, 100, WAIT)).as("written in open transactions")
          .hasSize(100);
      assertThat(ReadCommitted.committed(broker, topic, 1, Duration.ofMillis(500))).as("before the checkpoint")
          .isEmpty();
      job.triggerCheckpoint().get(20, TimeUnit.SECONDS);
      assertThat(sorted(ReadCommitted.committed(broker, topic, 100, WAIT))).isEqualTo(expected(100));
      job.cancel();
      assertThat(job.awaitTermination(WAIT)).isEqualTo(JobStatus.CANCELED);
    }
    assertThat(ReadCommitted.committed(broker, topic, 101, Duration.ofMillis(500))).hasSize(100);
  }

  @Test
  void aBoundedJobCommitsItsLastRowsWhenItFinishes(KafkaBroker broker) throws Exception {
    String topic = new KafkaTopics(broker).create("eos-bounded", 2);
    try (JobManager jobManager = new JobManager(configuration())) {
      JobClient job = jobManager.submit(job(InMemorySource.bounded(orders(50)), exactlyOnce(broker, topic, prefix())));
      assertThat(job.awaitTermination(WAIT)).isEqualTo(JobStatus.FINISHED);
    }
    assertThat(sorted(ReadCommitted.committed(broker, topic, 50, WAIT))).isEqualTo(expected(50));
  }

  @Test
  void aJobFailingBetweenPreCommitAndCommitWritesEveryRowExactlyOnce(KafkaBroker broker) throws Exception {
    KafkaTopics topics = new KafkaTopics(broker);
    String uninterrupted = topics.create("eos-uninterrupted", 2);
    String restarted = topics.create("eos-restarted", 2);
    List<List<Row>> data = orders(400);
    try (JobManager jobManager = new JobManager(configuration())) {
      JobClient clean = jobManager.submit(job(data, exactlyOnce(broker, uninterrupted, prefix())));
      awaitRecordsIn(clean, 400);
      clean.triggerCheckpoint().get(20, TimeUnit.SECONDS);
      List<String> reference = ReadCommitted.committed(broker, uninterrupted, 400, WAIT);
      clean.cancel();

      CrashBeforeFirstCommit sink = new CrashBeforeFirstCommit(exactlyOnce(broker, restarted, prefix()));
      JobClient failing = jobManager.submit(job(data, sink));
      awaitRecordsIn(failing, 1);
      assertThat(failing.triggerCheckpoint().get(20, TimeUnit.SECONDS).checkpointId()).isEqualTo(1);
      List<String> seen = List.of();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (seen.size() < 400 && System.nanoTime() < deadline) {
        if (failing.status() == JobStatus.RUNNING && sink.crashed.get()) {
          failing.triggerCheckpoint().exceptionally(error -> null).get(20, TimeUnit.SECONDS);
        }
        seen = ReadCommitted.committed(broker, restarted, 400, Duration.ofMillis(200));
      }
      assertThat(sink.crashed).as("the first commit crashed the job").isTrue();
      assertThat(sorted(seen)).isEqualTo(sorted(reference)).isEqualTo(expected(400));
      assertThat(ReadCommitted.committed(broker, restarted, 401, Duration.ofMillis(500))).as("no duplicates")
          .hasSize(400);
      failing.cancel();
    }
  }

  @Test
  void transactionsLeftOpenByAKilledWriterAreAbortedOnRestore(KafkaBroker broker) throws Exception {
    KafkaTopics topics = new KafkaTopics(broker);
    String topic = topics.create("eos-stale", 2);
    String prefix = prefix();
    List<List<Row>> data = orders(60);
    try (JobManager jobManager = new JobManager(configuration())) {
      JobClient first = jobManager.submit(job(data, exactlyOnce(broker, topic, prefix)));
      awaitRecordsIn(first, 60);
      JobSnapshot snapshot = first.triggerCheckpoint().get(20, TimeUnit.SECONDS);
      assertThat(ReadCommitted.committed(broker, topic, 60, WAIT)).hasSize(60);
      first.cancel();
      first.awaitTermination(WAIT);

      // The transactions a killed run left open: subtask 0's next id, and subtask 3 of a larger run.
      try (KafkaProducer<byte[], byte[]> killed0 = openTransaction(broker, topic, prefix + "-0-7");
           KafkaProducer<byte[], byte[]> killed3 = openTransaction(broker, topic, prefix + "-3-0")) {
        topics.send(topic, List.of(KafkaTopics.Message.of(0, "after"), KafkaTopics.Message.of(1, "after")));
        assertThat(ReadCommitted.committed(broker, topic, 62, Duration.ofMillis(500)))
            .as("the open transactions hold read_committed consumers back").hasSize(60);

        JobClient restored = jobManager.submit(job(data, exactlyOnce(broker, topic, prefix)), configuration(), snapshot);
        restored.triggerCheckpoint().get(20, TimeUnit.SECONDS);
        List<String> seen = ReadCommitted.committed(broker, topic, 62, WAIT);
        assertThat(seen).as("the stale transactions are aborted").doesNotContain("stale").hasSize(62);
        assertThat(sorted(seen.subList(0, 60).stream().filter(v -> !v.equals("after")).toList()))
            .isEqualTo(expected(60));
        assertThatThrownBy(killed0::commitTransaction).isInstanceOf(ProducerFencedException.class);
        assertThatThrownBy(killed3::commitTransaction).isInstanceOf(ProducerFencedException.class);
        restored.cancel();
      }
    }
  }

  @Test
  void exactlyOnceWithoutCheckpointsIsRefused(KafkaBroker broker) throws Exception {
    String topic = new KafkaTopics(broker).create("eos-refused", 1);
    Configuration withoutCheckpoints = new Configuration().set(RuntimeOptions.TASK_SLOTS, "4");
    try (JobManager jobManager = new JobManager(withoutCheckpoints)) {
      JobClient job = jobManager.submit(job(orders(10), exactlyOnce(broker, topic, prefix())));
      assertThatThrownBy(() -> job.awaitTermination(WAIT))
          .isInstanceOf(JobExecutionException.class)
          .hasMessageEndingWith("Table orders_out: 'sink.delivery-guarantee' = 'exactly-once' commits rows only"
              + " when a checkpoint completes, but checkpointing is off. Hint: SET"
              + " 'execution.checkpointing.interval' = '10 s', or use 'at-least-once'");
    }
  }

  private static KafkaProducer<byte[], byte[]> openTransaction(KafkaBroker broker, String topic, String id)
      throws Exception {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, id);
    KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties);
    producer.initTransactions();
    producer.beginTransaction();
    for (int partition = 0; partition < 2; partition++) {
      producer.send(new ProducerRecord<>(topic, partition, null, "stale".getBytes())).get();
    }
    return producer;
  }

  /** Wraps a sink so that its first commit fails, as if the process died between pre-commit and commit. */
  private static final class CrashBeforeFirstCommit implements Sink<KafkaCommittable> {
    private final Sink<KafkaCommittable> delegate;
    private final AtomicBoolean crashed = new AtomicBoolean();

    @SuppressWarnings("unchecked")
    CrashBeforeFirstCommit(Sink<?> delegate) {
      this.delegate = (Sink<KafkaCommittable>) delegate;
    }

    @Override
    public SinkWriter<KafkaCommittable> createWriter(SinkContext context) throws Exception {
      return delegate.createWriter(context);
    }

    @Override
    public Optional<Committer<KafkaCommittable>> createCommitter() throws Exception {
      Committer<KafkaCommittable> committer = delegate.createCommitter().orElseThrow();
      return Optional.of(committables -> {
        if (crashed.compareAndSet(false, true)) {
          throw new IllegalStateException("crash before the commit");
        }
        committer.commit(committables);
      });
    }

    @Override
    public Optional<TypeSerializer<KafkaCommittable>> committableSerializer() {
      return delegate.committableSerializer();
    }
  }
}

package io.eddy.connectors.kinesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.kinesis.testing.KinesisServer;
import io.eddy.connectors.kinesis.testing.KinesisServerExtension;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.execution.JobClient;
import io.eddy.runtime.execution.JobExecutionException;
import io.eddy.runtime.execution.JobManager;
import io.eddy.runtime.execution.JobSnapshot;
import io.eddy.runtime.execution.JobStatus;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.sink.CollectingSink;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Kinesis source inside jobs on the runtime's job manager: a job reading a 4-shard stream at
 * parallelism 2 is checkpointed and cancelled; a job restored from that checkpoint reads exactly
 * the records written after it, each shard resumed after its last record. With a dead-letter stream,
 * a completed checkpoint means the malformed records read before it are in that stream, and a missing
 * one fails the job with what to fix.
 */
@ExtendWith(KinesisServerExtension.class)
class KinesisJobTest {

  private static JobClient run(JobManager jobManager, Map<String, String> options, CollectingSink sink,
      Configuration configuration, JobSnapshot restoreFrom) {
    JobGraph.Builder builder = JobGraph.builder("events job");
    int source = builder.addSource("events", ConnectorFactories.load().createSource("kinesis",
        SourceRequest.of("events", KinesisSourceTest.EVENTS, options)), WatermarkStrategy.noWatermarks(), 2);
    int writer = builder.addOperator("collect", SinkWriterOperator.factory(sink), 2);
    JobGraph graph = builder.forward(source, writer).build();
    return restoreFrom == null ? jobManager.submit(graph) : jobManager.submit(graph, configuration, restoreFrom);
  }

  private static void awaitRows(CollectingSink sink, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (sink.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(sink.size()).isEqualTo(count);
  }

  private static Configuration configuration() {
    return new Configuration().set(RuntimeOptions.TASK_SLOTS, "4");
  }

  private static void cancel(JobClient job) throws Exception {
    job.cancel();
    job.awaitTermination(Duration.ofSeconds(10));
  }

  private static List<String> expected(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "+I[key" + i + ", " + i + "]").sorted().toList();
  }

  @Test
  void aJobRestoredFromACheckpointResumesEveryShardAfterItsLastRecord(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("job", 4);
      streams.putKeyed(stream, IntStream.range(0, 20).mapToObj(i -> "key" + i).toList(),
          key -> KinesisSourceTest.event(key, Integer.parseInt(key.substring(3))));
      Map<String, String> options = streams.options(stream, "source.init.position", "TRIM_HORIZON");
      Configuration configuration = configuration();
      JobSnapshot snapshot;
      try (JobManager jobManager = new JobManager(configuration)) {
        CollectingSink first = new CollectingSink();
        JobClient job = run(jobManager, options, first, configuration, null);
        awaitRows(first, 20);
        snapshot = job.triggerCheckpoint().get(30, TimeUnit.SECONDS);
        job.cancel();
        assertThat(job.awaitTermination(Duration.ofSeconds(10))).isEqualTo(JobStatus.CANCELED);
        assertThat(first.sortedStrings()).isEqualTo(expected(0, 20));
      }
      streams.putKeyed(stream, IntStream.range(20, 30).mapToObj(i -> "key" + i).toList(),
          key -> KinesisSourceTest.event(key, Integer.parseInt(key.substring(3))));
      try (JobManager jobManager = new JobManager(configuration)) {
        CollectingSink second = new CollectingSink();
        JobClient job = run(jobManager, options, second, configuration, snapshot);
        awaitRows(second, 10);
        Thread.sleep(300);
        assertThat(second.sortedStrings()).isEqualTo(expected(20, 30));
        cancel(job);
      }
    }
  }

  @Test
  void aCheckpointWaitsUntilTheDeadLettersReadBeforeItAreWritten(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("job-dlq", 2);
      String deadLetters = streams.create("job-dlq-letters", 1);
      streams.putKeyed(stream, IntStream.range(0, 6).mapToObj(i -> "key" + i).toList(),
          key -> key.endsWith("3") || key.endsWith("5") ? "{\"k\": " + key : KinesisSourceTest.event(key,
              Integer.parseInt(key.substring(3))));
      // A flush timeout of an hour: only the checkpoint can have written the dead letters.
      Map<String, String> options = streams.options(stream, "source.init.position", "TRIM_HORIZON",
          "dead-letter.stream", deadLetters, "sink.flush-buffer.timeout", "1 h");
      Configuration configuration = configuration();
      try (JobManager jobManager = new JobManager(configuration)) {
        CollectingSink sink = new CollectingSink();
        JobClient job = run(jobManager, options, sink, configuration, null);
        awaitRows(sink, 4);
        assertThat(streams.readAll(deadLetters)).as("not written before the checkpoint").isEmpty();
        job.triggerCheckpoint().get(30, TimeUnit.SECONDS);
        assertThat(streams.readAll(deadLetters)).hasSize(2)
            .allSatisfy(letter -> assertThat(letter).contains("\"stream\":\"" + stream + "\""));
        cancel(job);
      }
    }
  }

  @Test
  void aMissingDeadLetterStreamFailsTheJobWithWhatToFix(KinesisServer server) throws Exception {
    try (KinesisStreams streams = new KinesisStreams(server)) {
      String stream = streams.create("job-dlq-missing", 1);
      Configuration configuration = configuration();
      try (JobManager jobManager = new JobManager(configuration)) {
        JobClient job = run(jobManager, streams.options(stream, "dead-letter.stream", "job-dlq-nowhere"),
            new CollectingSink(), configuration, null);
        assertThatThrownBy(() -> job.awaitTermination(Duration.ofSeconds(20)))
            .isInstanceOf(JobExecutionException.class)
            .hasMessageEndingWith("Kinesis dead-letter stream 'job-dlq-nowhere' in region us-east-1 at "
                + server.endpoint() + " of table events does not exist. Hint: create it, or check option"
                + " 'dead-letter.stream' and 'aws.region'");
      }
    }
  }
}

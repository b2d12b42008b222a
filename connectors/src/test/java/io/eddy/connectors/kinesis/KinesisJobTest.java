package io.eddy.connectors.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.connectors.kinesis.testing.KinesisServer;
import io.eddy.connectors.kinesis.testing.KinesisServerExtension;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.execution.JobClient;
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
 * the records written after it, each shard resumed after its last record.
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
      Configuration configuration = new Configuration().set(RuntimeOptions.TASK_SLOTS, "4");
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
        job.cancel();
        job.awaitTermination(Duration.ofSeconds(10));
      }
    }
  }
}

package io.eddy.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.blackhole.BlackholeSink;
import io.eddy.connectors.kafka.KafkaTopics.Message;
import io.eddy.connectors.kafka.testing.KafkaBroker;
import io.eddy.connectors.kafka.testing.KafkaBrokerExtension;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.execution.JobClient;
import io.eddy.runtime.execution.JobExecutionException;
import io.eddy.runtime.execution.JobManager;
import io.eddy.runtime.execution.JobStatus;
import io.eddy.runtime.graph.JobGraph;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.time.WatermarkStrategy;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Kafka tables inside running jobs: topic to topic at parallelism 2, and a malformed record failing a job. */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaJobTest {

  private static final RowSchema ORDERS = RowSchema.of("id", FieldType.BIGINT, "price", FieldType.BIGINT);

  private static Map<String, String> options(KafkaBroker broker, String topic, String... more) {
    Map<String, String> options = new HashMap<>(Map.of("topic", topic,
        "properties.bootstrap.servers", broker.bootstrapServers(), "format", "json",
        "scan.startup.mode", "earliest-offset", "scan.bounded.mode", "latest-offset"));
    for (int i = 0; i < more.length; i += 2) {
      options.put(more[i], more[i + 1]);
    }
    return options;
  }

  private static JobClient run(JobManager jobManager, Map<String, String> sourceOptions, Sink<?> sink) {
    JobGraph.Builder builder = JobGraph.builder("orders job");
    int source = builder.addSource("orders", ConnectorFactories.load().createSource("kafka",
        SourceRequest.of("orders", ORDERS, sourceOptions)), WatermarkStrategy.noWatermarks(), 2);
    int writer = builder.addOperator("write", SinkWriterOperator.factory(sink), 2);
    return jobManager.submit(builder.forward(source, writer).build());
  }

  private static String order(int id) {
    return "{\"id\":" + id + ",\"price\":" + id * 10 + "}";
  }

  @Test
  void aJobCopiesATopicIntoAnother(KafkaBroker broker) throws Exception {
    KafkaTopics topics = new KafkaTopics(broker);
    String input = topics.create("orders", 4);
    String output = topics.create("copies", 2);
    topics.send(input, IntStream.range(0, 50).mapToObj(i -> Message.of(i % 4, order(i))).toList());
    Sink<?> sink = ConnectorFactories.load().createSink("kafka",
        new SinkRequest("copies", ORDERS, options(broker, output)));
    try (JobManager jobManager = new JobManager(new Configuration().set(RuntimeOptions.TASK_SLOTS, "4"))) {
      assertThat(run(jobManager, options(broker, input), sink).awaitTermination(Duration.ofSeconds(30)))
          .isEqualTo(JobStatus.FINISHED);
    }
    List<String> copied = topics.records(output, 50).stream()
        .map(record -> record.substring(record.indexOf("|null|") + "|null|".length())).sorted().toList();
    assertThat(copied).isEqualTo(IntStream.range(0, 50).mapToObj(KafkaJobTest::order).sorted().toList());
  }

  @Test
  void aMalformedRecordFailsTheJobWithWhereItIsUnlessSkipped(KafkaBroker broker) throws Exception {
    KafkaTopics topics = new KafkaTopics(broker);
    String input = topics.create("orders", 1);
    topics.send(input, List.of(Message.of(0, order(1)), Message.of(0, "{\"id\":2,\"price\":\"ten\"}"),
        Message.of(0, order(3))));
    try (JobManager jobManager = new JobManager(new Configuration().set(RuntimeOptions.TASK_SLOTS, "4"))) {
      JobClient failing = run(jobManager, options(broker, input), new BlackholeSink());
      assertThatThrownBy(() -> failing.awaitTermination(Duration.ofSeconds(30)))
          .isInstanceOf(JobExecutionException.class)
          .hasMessageEndingWith("MalformedRecordException: Malformed record at topic/partition/offset " + input
              + "/0/1 of table orders: field 'price': cannot read 'ten' as BIGINT");
      BlackholeSink sink = new BlackholeSink();
      JobClient skipping = run(jobManager, options(broker, input, "json.ignore-parse-errors", "true"), sink);
      assertThat(skipping.awaitTermination(Duration.ofSeconds(30))).isEqualTo(JobStatus.FINISHED);
      assertThat(sink.discardedRows()).as("the bad field is read as NULL").isEqualTo(3);
    }
  }
}

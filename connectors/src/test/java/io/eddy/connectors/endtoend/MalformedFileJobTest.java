package io.eddy.connectors.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.connectors.blackhole.BlackholeSink;
import io.eddy.connectors.spi.ConnectorFactories;
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
import io.eddy.runtime.sink.SinkWriterOperator;
import io.eddy.runtime.time.WatermarkStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed line fails a running job with the file, the line and the reason; ignored errors let it finish. */
class MalformedFileJobTest {

    private static final RowSchema ORDERS = RowSchema.of("id", FieldType.BIGINT, "price", FieldType.BIGINT);

    @TempDir
    Path directory;

    private JobClient run(JobManager jobManager, Map<String, String> options, BlackholeSink sink) {
        JobGraph.Builder builder = JobGraph.builder("orders job");
        int source = builder.addSource("orders", ConnectorFactories.load().createSource("filesystem",
                SourceRequest.of("orders", ORDERS, options)), WatermarkStrategy.noWatermarks(), 1);
        int blackhole = builder.addOperator("discard", SinkWriterOperator.factory(sink), 1);
        return jobManager.submit(builder.forward(source, blackhole).build());
    }

    @Test
    void theJobFailsWithFileLineAndReasonOrSkipsWhenAsked() throws Exception {
        Path file = directory.resolve("orders.json");
        Files.writeString(file, "{\"id\":1,\"price\":10}\n{\"id\":2,\"price\":\"ten\"}\n{\"id\":3,\"price\":30}\n");
        try (JobManager jobManager = new JobManager(new Configuration().set(RuntimeOptions.TASK_SLOTS, "1"))) {
            JobClient failing = run(jobManager, Map.of("path", file.toString(), "format", "json"), new BlackholeSink());
            assertThatThrownBy(() -> failing.awaitTermination(Duration.ofSeconds(20)))
                    .isInstanceOf(JobExecutionException.class)
                    .hasMessageEndingWith("MalformedRecordException: Malformed record in " + file
                            + ":2 of table orders: field 'price': cannot read 'ten' as BIGINT");

            BlackholeSink sink = new BlackholeSink();
            JobClient skipping = run(jobManager, Map.of("path", file.toString(), "format", "json",
                    "json.ignore-parse-errors", "true"), sink);
            assertThat(skipping.awaitTermination(Duration.ofSeconds(20))).isEqualTo(JobStatus.FINISHED);
            assertThat(sink.discardedRows()).isEqualTo(3);
        }
    }
}

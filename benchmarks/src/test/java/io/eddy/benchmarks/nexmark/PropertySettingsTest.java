package io.eddy.benchmarks.nexmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** System properties that add session options to every run and table options to the latency sink. */
class PropertySettingsTest {

    private static final String TIMERS = QueryRun.SESSION_PROPERTY + "state.backend.rocksdb.timer-service.factory";
    private static final String LINGER = KafkaLatency.SINK_OPTION_PROPERTY + "properties.linger.ms";

    @AfterEach
    void clearProperties() {
        System.clearProperty(TIMERS);
        System.clearProperty(LINGER);
    }

    @Test
    void sessionPropertiesBecomeSetStatementsAfterTheRunnersOwn() {
        System.setProperty(TIMERS, "HEAP");
        BenchArguments arguments = BenchArguments.parse(List.of("nexmark", "--query", "q5"), Path.of("."));

        List<String> settings = QueryRun.settings(arguments, Path.of("/tmp/state"));

        assertThat(settings).first().isEqualTo("SET 'parallelism.default' = '1'");
        assertThat(settings).last().isEqualTo("SET 'state.backend.rocksdb.timer-service.factory' = 'HEAP'");
    }

    @Test
    void sinkPropertiesBecomeTableOptions() {
        assertThat(KafkaLatency.sinkOptions()).isEmpty();

        System.setProperty(LINGER, "0");

        assertThat(KafkaLatency.sinkOptions()).isEqualTo(", 'properties.linger.ms' = '0'");
    }
}

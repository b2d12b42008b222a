package io.eddy.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.state.StateTtl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void pinsEveryRuntimeOptionKeyAndDefault() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (ConfigOption<?> option : RuntimeOptions.ALL) {
            defaults.put(option.key(), option.defaultValue());
            assertThat(option.description()).isNotBlank().endsWith(".");
        }
        assertThat(defaults).containsExactly(
                Map.entry("taskmanager.numberOfTaskSlots", Runtime.getRuntime().availableProcessors()),
                Map.entry("parallelism.default", 1),
                Map.entry("pipeline.max-parallelism", 128),
                Map.entry("pipeline.operator-chaining.enabled", true),
                Map.entry("execution.buffer-timeout", Duration.ofMillis(100)),
                Map.entry("eddy.exchange.records-per-buffer", 256),
                Map.entry("taskmanager.network.memory.buffers-per-channel", 2),
                Map.entry("table.exec.source.idle-timeout", Duration.ZERO),
                Map.entry("table.exec.state.ttl", Duration.ZERO),
                Map.entry("state.backend.type", "hashmap"),
                Map.entry("state.backend.rocksdb.localdir", ""),
                Map.entry("state.backend.rocksdb.memory.managed-size", 64L << 20),
                Map.entry("state.backend.rocksdb.timer-service.factory", "ROCKSDB"),
                Map.entry("execution.checkpointing.interval", Duration.ZERO),
                Map.entry("execution.checkpointing.mode", CheckpointingMode.EXACTLY_ONCE),
                Map.entry("execution.checkpointing.timeout", Duration.ofMinutes(10)),
                Map.entry("execution.checkpointing.min-pause", Duration.ZERO),
                Map.entry("execution.checkpointing.max-concurrent-checkpoints", 1),
                Map.entry("execution.checkpointing.tolerable-failed-checkpoints", 0),
                Map.entry("execution.checkpointing.dir", ""),
                Map.entry("execution.checkpointing.num-retained", 1),
                Map.entry("restart-strategy.type", "none"),
                Map.entry("restart-strategy.fixed-delay.attempts", 1),
                Map.entry("restart-strategy.fixed-delay.delay", Duration.ofSeconds(1)),
                Map.entry("restart-strategy.exponential-delay.initial-backoff", Duration.ofSeconds(1)),
                Map.entry("restart-strategy.exponential-delay.max-backoff", Duration.ofMinutes(1)),
                Map.entry("restart-strategy.exponential-delay.backoff-multiplier", 1.5),
                Map.entry("restart-strategy.exponential-delay.jitter-factor", 0.1),
                Map.entry("restart-strategy.exponential-delay.attempts-before-reset-backoff", Integer.MAX_VALUE),
                Map.entry("restart-strategy.exponential-delay.reset-backoff-threshold", Duration.ofHours(1)),
                Map.entry("execution.checkpointing.incremental", false));
    }

    @Test
    void theDesignNotesListEveryOption() throws Exception {
        String notes = Files.readString(Path.of("DESIGN-RUNTIME.md"));
        assertThat(notes).contains(RuntimeOptions.markdownTable(RuntimeOptions.ALL));
    }

    @Test
    void parsesCheckpointingOptionsWithFlinkSpellingsAndRefusesWhatEddyCannotHonour() {
        assertThat(RuntimeOptions.CHECKPOINTING_MODE.parse("at_least_once")).isEqualTo(CheckpointingMode.AT_LEAST_ONCE);
        assertThat(RuntimeOptions.CHECKPOINTING_MODE.parse("Exactly_Once")).isEqualTo(CheckpointingMode.EXACTLY_ONCE);
        assertThatThrownBy(() -> RuntimeOptions.CHECKPOINTING_MODE.parse("exactly-twice"))
                .hasMessage("Invalid value 'exactly-twice' for option 'execution.checkpointing.mode': expected EXACTLY_ONCE or AT_LEAST_ONCE");
        assertThat(RuntimeOptions.CHECKPOINTING_TIMEOUT.parse("30 s")).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> RuntimeOptions.CHECKPOINTING_TIMEOUT.parse("5 ms"))
                .hasMessage("Invalid value '5 ms' for option 'execution.checkpointing.timeout': must be at least 10 ms");
        assertThat(RuntimeOptions.CHECKPOINTING_MIN_PAUSE.parse("500 ms")).isEqualTo(Duration.ofMillis(500));
        assertThatThrownBy(() -> RuntimeOptions.CHECKPOINTING_MIN_PAUSE.parse("-1 s"))
                .hasMessage("Invalid value '-1 s' for option 'execution.checkpointing.min-pause': a duration must not be negative");
        assertThat(RuntimeOptions.MAX_CONCURRENT_CHECKPOINTS.parse("1")).isEqualTo(1);
        assertThatThrownBy(() -> RuntimeOptions.MAX_CONCURRENT_CHECKPOINTS.parse("2"))
                .hasMessage("Invalid value '2' for option 'execution.checkpointing.max-concurrent-checkpoints': "
                        + "only 1 is supported: Eddy takes one checkpoint at a time");
        assertThat(RuntimeOptions.TOLERABLE_FAILED_CHECKPOINTS.parse("3")).isEqualTo(3);
        assertThatThrownBy(() -> RuntimeOptions.TOLERABLE_FAILED_CHECKPOINTS.parse("-1"))
                .hasMessage("Invalid value '-1' for option 'execution.checkpointing.tolerable-failed-checkpoints': must be at least 0");
        assertThatThrownBy(() -> RuntimeOptions.TOLERABLE_FAILED_CHECKPOINTS.parse("many"))
                .hasMessageStartingWith("Invalid value 'many' for option 'execution.checkpointing.tolerable-failed-checkpoints': ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void parsesFlinkMemorySizes() {
        assertThat(MemorySizes.parse("64 mb")).isEqualTo(64L << 20);
        assertThat(MemorySizes.parse("1g")).isEqualTo(1L << 30);
        assertThat(MemorySizes.parse(" 512 KB ")).isEqualTo(512L << 10);
        assertThat(MemorySizes.parse("1000")).isEqualTo(1000L);
        assertThatThrownBy(() -> RuntimeOptions.ROCKSDB_MEMORY.parse("64 parsecs"))
                .hasMessage("Invalid value '64 parsecs' for option 'state.backend.rocksdb.memory.managed-size': "
                        + "unknown memory unit 'parsecs'; use b, kb, mb, gb or tb");
        assertThatThrownBy(() -> RuntimeOptions.ROCKSDB_MEMORY.parse("0 mb"))
                .hasMessageEndingWith("must be at least 1");
        assertThatThrownBy(() -> RuntimeOptions.ROCKSDB_MEMORY.parse("lots"))
                .hasMessageEndingWith("expected a memory size such as '64 mb' or '1 gb'");
        assertThatThrownBy(() -> RuntimeOptions.STATE_BACKEND.parse("memory"))
                .hasMessage("Invalid value 'memory' for option 'state.backend.type': expected hashmap or rocksdb");
    }

    @Test
    void parsesFlinkDurations() {
        assertThat(Durations.parse("10 s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(Durations.parse("100 ms")).isEqualTo(Duration.ofMillis(100));
        assertThat(Durations.parse("1 min")).isEqualTo(Duration.ofMinutes(1));
        assertThat(Durations.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("3 days")).isEqualTo(Duration.ofDays(3));
        assertThat(Durations.parse("250")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse(" 5 SECONDS ")).isEqualTo(Duration.ofSeconds(5));
        assertThat(Durations.parse("7 us")).isEqualTo(Duration.ofNanos(7_000));
        assertThat(Durations.format(Duration.ofMillis(100))).isEqualTo("100 ms");
        assertThat(Durations.format(Duration.ofMinutes(1))).isEqualTo("1 min");
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90 s");
    }

    @Test
    void readsTypedValuesAndRejectsBadOnesWithTheKey() {
        Configuration configuration = new Configuration().setString("table.exec.state.ttl", "1 h");
        assertThat(configuration.get(RuntimeOptions.STATE_TTL)).isEqualTo(Duration.ofHours(1));
        assertThat(configuration.get(RuntimeOptions.BUFFER_TIMEOUT)).isEqualTo(Duration.ofMillis(100));
        assertThat(StateTtl.fromConfiguration(configuration).millis()).isEqualTo(3_600_000);
        assertThat(StateTtl.fromConfiguration(new Configuration()).isEnabled()).isFalse();
        assertThat(configuration.contains(RuntimeOptions.STATE_TTL)).isTrue();
        assertThatThrownBy(() -> configuration.set(RuntimeOptions.BUFFER_TIMEOUT, "10 parsecs"))
                .hasMessage("Invalid value '10 parsecs' for option 'execution.buffer-timeout': unknown time unit 'parsecs', use ns, us, ms, s, min, h or d");
        assertThatThrownBy(() -> configuration.set(RuntimeOptions.TASK_SLOTS, "0"))
                .hasMessage("Invalid value '0' for option 'taskmanager.numberOfTaskSlots': must be at least 1");
        assertThatThrownBy(() -> configuration.set(RuntimeOptions.OPERATOR_CHAINING, "yes"))
                .hasMessage("Invalid value 'yes' for option 'pipeline.operator-chaining.enabled': expected true or false");
        assertThatThrownBy(() -> configuration.set(RuntimeOptions.STATE_TTL, "-1 s"))
                .hasMessageContaining("a duration must not be negative");
        Configuration copy = configuration.copy();
        copy.setString("table.exec.state.ttl", "2 h");
        assertThat(configuration.get(RuntimeOptions.STATE_TTL)).isEqualTo(Duration.ofHours(1));
    }
}

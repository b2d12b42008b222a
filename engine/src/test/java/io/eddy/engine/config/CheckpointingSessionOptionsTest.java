package io.eddy.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.options.OptionValidationException;
import io.eddy.engine.recovery.RuntimeConfiguration;
import io.eddy.runtime.config.CheckpointingMode;
import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code execution.checkpointing.*} session options: checked by SET, passed on to the runtime. */
class CheckpointingSessionOptionsTest {

    @Test
    void setAcceptsFlinksSpellingsAndTheRuntimeReadsThem() {
        SessionConfiguration session = new SessionConfiguration(Map.of());
        session.set("execution.checkpointing.mode", "at_least_once");
        session.set("execution.checkpointing.timeout", "30 s");
        session.set("execution.checkpointing.min-pause", "500 ms");
        session.set("execution.checkpointing.max-concurrent-checkpoints", "1");
        session.set("execution.checkpointing.tolerable-failed-checkpoints", "3");

        Configuration runtime = RuntimeConfiguration.of(session.asMap());
        assertThat(runtime.get(RuntimeOptions.CHECKPOINTING_MODE)).isEqualTo(CheckpointingMode.AT_LEAST_ONCE);
        assertThat(runtime.get(RuntimeOptions.CHECKPOINTING_TIMEOUT)).isEqualTo(Duration.ofSeconds(30));
        assertThat(runtime.get(RuntimeOptions.CHECKPOINTING_MIN_PAUSE)).isEqualTo(Duration.ofMillis(500));
        assertThat(runtime.get(RuntimeOptions.MAX_CONCURRENT_CHECKPOINTS)).isEqualTo(1);
        assertThat(runtime.get(RuntimeOptions.TOLERABLE_FAILED_CHECKPOINTS)).isEqualTo(3);
    }

    @Test
    void theSessionAndTheRuntimeAgreeOnDefaults() {
        Configuration runtime = RuntimeConfiguration.of(Map.of());
        assertThat(SessionOptions.CHECKPOINTING_MODE.defaultValue().orElseThrow().name()).isEqualTo(runtime.get(RuntimeOptions.CHECKPOINTING_MODE).name());
        assertThat(SessionOptions.CHECKPOINTING_TIMEOUT.defaultValue().orElseThrow()).isEqualTo(runtime.get(RuntimeOptions.CHECKPOINTING_TIMEOUT));
        assertThat(SessionOptions.CHECKPOINTING_MIN_PAUSE.defaultValue().orElseThrow()).isEqualTo(runtime.get(RuntimeOptions.CHECKPOINTING_MIN_PAUSE));
        assertThat(SessionOptions.MAX_CONCURRENT_CHECKPOINTS.defaultValue().orElseThrow())
                .isEqualTo(runtime.get(RuntimeOptions.MAX_CONCURRENT_CHECKPOINTS));
        assertThat(SessionOptions.TOLERABLE_FAILED_CHECKPOINTS.defaultValue().orElseThrow())
                .isEqualTo(runtime.get(RuntimeOptions.TOLERABLE_FAILED_CHECKPOINTS));
    }

    @Test
    void setRefusesValuesEddyCannotHonourWithOneLine() {
        SessionConfiguration session = new SessionConfiguration(Map.of());
        assertThatThrownBy(() -> session.set("execution.checkpointing.max-concurrent-checkpoints", "2"))
                .isInstanceOf(OptionValidationException.class)
                .hasMessage("Invalid value '2' for option 'execution.checkpointing.max-concurrent-checkpoints': "
                        + "expected 1 (Eddy takes one checkpoint at a time)");
        assertThatThrownBy(() -> session.set("execution.checkpointing.mode", "sometimes"))
                .hasMessage("Invalid value 'sometimes' for option 'execution.checkpointing.mode': "
                        + "expected one of 'EXACTLY_ONCE', 'AT_LEAST_ONCE'");
        assertThatThrownBy(() -> session.set("execution.checkpointing.tolerable-failed-checkpoints", "-1"))
                .hasMessage("Invalid value '-1' for option 'execution.checkpointing.tolerable-failed-checkpoints': "
                        + "expected a non-negative integer such as '3'");
        assertThatThrownBy(() -> session.set("execution.checkpointing.timeout", "5 ms"))
                .hasMessage("Invalid value '5 ms' for option 'execution.checkpointing.timeout': "
                        + "expected a duration of at least 10 ms such as '10 min'");
        assertThatThrownBy(() -> session.set("execution.checkpointing.min-pause", "soon"))
                .hasMessageStartingWith("Invalid value 'soon' for option 'execution.checkpointing.min-pause': expected a duration")
                .hasMessageNotContaining("\n");
        assertThat(session.asMap()).isEmpty();
    }
}

package io.eddy.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartStrategyTest {

    @Test
    void noneNeverRestarts() {
        RestartStrategy none = RestartStrategy.fromConfiguration(new Configuration());
        assertThat(none.attempts()).isZero();
    }

    @Test
    void withoutAStrategyACheckpointedJobRestartsWithExponentialDelayAsInFlink() {
        RestartStrategy checkpointed = RestartStrategy.fromConfiguration(new Configuration()
                .set(RuntimeOptions.CHECKPOINTING_INTERVAL, "1 s"));
        assertThat(checkpointed.attempts()).isEqualTo(Integer.MAX_VALUE);
        assertThat(checkpointed.delayBefore(1, 0.5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(checkpointed.delayBefore(2, 0.5)).isEqualTo(Duration.ofMillis(1500));
        RestartStrategy chosen = RestartStrategy.fromConfiguration(new Configuration()
                .set(RuntimeOptions.CHECKPOINTING_INTERVAL, "1 s")
                .set(RuntimeOptions.RESTART_STRATEGY, "none"));
        assertThat(chosen.attempts()).as("a strategy that is set wins").isZero();
    }

    @Test
    void fixedDelayWaitsTheSameEachTimeAndCountsEveryFailure() {
        RestartStrategy fixed = RestartStrategy.fromConfiguration(new Configuration()
                .set(RuntimeOptions.RESTART_STRATEGY, "fixed-delay")
                .set(RuntimeOptions.RESTART_ATTEMPTS, "3")
                .set(RuntimeOptions.RESTART_DELAY, "2 s"));
        assertThat(fixed.attempts()).isEqualTo(3);
        assertThat(fixed.delayBefore(1, 0.9)).isEqualTo(Duration.ofSeconds(2));
        assertThat(fixed.delayBefore(3, 0.1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(fixed.resetsAfter(Duration.ofDays(1))).as("failures count over the job's life").isFalse();
    }

    @Test
    void exponentialDelayGrowsByItsMultiplierUpToItsMaximum() {
        RestartStrategy exponential = RestartStrategy.fromConfiguration(new Configuration()
                .set(RuntimeOptions.RESTART_STRATEGY, "exponential-delay")
                .set(RuntimeOptions.RESTART_INITIAL_BACKOFF, "100 ms")
                .set(RuntimeOptions.RESTART_MAX_BACKOFF, "1 s")
                .set(RuntimeOptions.RESTART_BACKOFF_MULTIPLIER, "2")
                .set(RuntimeOptions.RESTART_JITTER, "0"));
        assertThat(exponential.attempts()).isEqualTo(Integer.MAX_VALUE);
        assertThat(exponential.delayBefore(1, 0.5)).isEqualTo(Duration.ofMillis(100));
        assertThat(exponential.delayBefore(2, 0.5)).isEqualTo(Duration.ofMillis(200));
        assertThat(exponential.delayBefore(4, 0.5)).isEqualTo(Duration.ofMillis(800));
        assertThat(exponential.delayBefore(5, 0.5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(exponential.delayBefore(60, 0.5)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void jitterSpreadsAWaitAroundItsValueButNeverPastTheMaximum() {
        RestartStrategy exponential = RestartStrategy.fromConfiguration(new Configuration()
                .set(RuntimeOptions.RESTART_STRATEGY, "exponential-delay")
                .set(RuntimeOptions.RESTART_INITIAL_BACKOFF, "1 s")
                .set(RuntimeOptions.RESTART_MAX_BACKOFF, "10 s")
                .set(RuntimeOptions.RESTART_JITTER, "0.1"));
        assertThat(exponential.delayBefore(1, 0.0)).isEqualTo(Duration.ofMillis(900));
        assertThat(exponential.delayBefore(1, 0.5)).isEqualTo(Duration.ofMillis(1000));
        assertThat(exponential.delayBefore(1, 0.99999)).isBetween(Duration.ofMillis(1099), Duration.ofMillis(1100));
        assertThat(exponential.delayBefore(30, 0.99999)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aLongRunStartsTheCountAgain() {
        RestartStrategy exponential = RestartStrategy.fromConfiguration(new Configuration()
                .set(RuntimeOptions.RESTART_STRATEGY, "exponential-delay")
                .set(RuntimeOptions.RESTART_RESET_THRESHOLD, "10 min")
                .set(RuntimeOptions.RESTART_EXPONENTIAL_ATTEMPTS, "5"));
        assertThat(exponential.attempts()).isEqualTo(5);
        assertThat(exponential.resetsAfter(Duration.ofMinutes(9))).isFalse();
        assertThat(exponential.resetsAfter(Duration.ofMinutes(10))).isTrue();
    }

    @Test
    void badValuesAreOneLineErrorsNamingTheOption() {
        assertThatThrownBy(() -> new Configuration().set(RuntimeOptions.RESTART_STRATEGY, "sometimes"))
                .hasMessageContaining("restart-strategy.type")
                .hasMessageContaining("expected none, fixed-delay or exponential-delay");
        assertThatThrownBy(() -> new Configuration().set(RuntimeOptions.RESTART_BACKOFF_MULTIPLIER, "0.5"))
                .hasMessageContaining("restart-strategy.exponential-delay.backoff-multiplier")
                .hasMessageContaining("must be at least 1");
        assertThatThrownBy(() -> new Configuration().set(RuntimeOptions.RESTART_JITTER, "2"))
                .hasMessageContaining("must be between 0 and 1");
    }
}

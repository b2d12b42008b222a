package io.eddy.runtime.execution;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import java.time.Duration;

/**
 * Whether and when a failed job runs again ({@code restart-strategy.type}): {@code none} fails the job
 * at the first failure; {@code fixed-delay} restarts it from its last completed checkpoint (or from the
 * start when there is none) up to {@code restart-strategy.fixed-delay.attempts} times, waiting
 * {@code restart-strategy.fixed-delay.delay} each time.
 *
 * @param attempts how many restarts are allowed
 * @param delay the wait before each restart
 */
record RestartStrategy(int attempts, Duration delay) {

    static RestartStrategy fromConfiguration(Configuration configuration) {
        if (configuration.get(RuntimeOptions.RESTART_STRATEGY).equals("none")) {
            return new RestartStrategy(0, Duration.ZERO);
        }
        return new RestartStrategy(configuration.get(RuntimeOptions.RESTART_ATTEMPTS), configuration.get(RuntimeOptions.RESTART_DELAY));
    }
}

package io.eddy.runtime.execution;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import java.time.Duration;

/**
 * Whether and when a failed job runs again ({@code restart-strategy.type}), as in Flink:
 * <ul>
 *   <li>{@code none} fails the job at the first failure;</li>
 *   <li>{@code fixed-delay} restarts it from its last completed checkpoint (or from the start when there
 *       is none) up to {@code restart-strategy.fixed-delay.attempts} times, waiting
 *       {@code restart-strategy.fixed-delay.delay} each time;</li>
 *   <li>{@code exponential-delay} waits {@code initial-backoff}, then each time
 *       {@code backoff-multiplier} times longer up to {@code max-backoff}, give or take
 *       {@code jitter-factor}; it gives up after {@code attempts-before-reset-backoff} failures in a row,
 *       and a run that lasted {@code reset-backoff-threshold} starts the count (and the wait) again.</li>
 * </ul>
 *
 * @param attempts how many restarts in a row are allowed
 * @param initialDelay the wait before the first restart
 * @param maxDelay the longest wait
 * @param multiplier how much longer each further wait is (1 for a fixed delay)
 * @param jitter the share of a wait by which it varies at random (0 for none)
 * @param resetThreshold how long a run must last for the next failure to count as the first again
 *     ({@link Duration#ZERO}: never)
 */
record RestartStrategy(int attempts, Duration initialDelay, Duration maxDelay, double multiplier, double jitter,
                       Duration resetThreshold) {

    RestartStrategy {
        requireNonNull(initialDelay, "initialDelay is null");
        requireNonNull(maxDelay, "maxDelay is null");
        requireNonNull(resetThreshold, "resetThreshold is null");
        if (attempts < 0 || multiplier < 1 || jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("invalid restart strategy: " + attempts + " attempts, multiplier "
                    + multiplier + ", jitter " + jitter);
        }
    }

    /**
     * The configured strategy; without {@code restart-strategy.type}, as in Flink: none, or
     * exponential-delay when the job takes checkpoints.
     */
    static RestartStrategy fromConfiguration(Configuration configuration) {
        String type = configuration.contains(RuntimeOptions.RESTART_STRATEGY)
                ? configuration.get(RuntimeOptions.RESTART_STRATEGY)
                : configuration.get(RuntimeOptions.CHECKPOINTING_INTERVAL).isZero() ? "none" : "exponential-delay";
        return switch (type) {
            case "none" -> new RestartStrategy(0, Duration.ZERO, Duration.ZERO, 1, 0, Duration.ZERO);
            case "exponential-delay" -> new RestartStrategy(
                    configuration.get(RuntimeOptions.RESTART_EXPONENTIAL_ATTEMPTS),
                    configuration.get(RuntimeOptions.RESTART_INITIAL_BACKOFF),
                    configuration.get(RuntimeOptions.RESTART_MAX_BACKOFF),
                    configuration.get(RuntimeOptions.RESTART_BACKOFF_MULTIPLIER),
                    configuration.get(RuntimeOptions.RESTART_JITTER),
                    configuration.get(RuntimeOptions.RESTART_RESET_THRESHOLD));
            default -> {
                Duration delay = configuration.get(RuntimeOptions.RESTART_DELAY);
                yield new RestartStrategy(configuration.get(RuntimeOptions.RESTART_ATTEMPTS), delay, delay, 1, 0,
                        Duration.ZERO);
            }
        };
    }

    /**
     * The wait before a restart.
     *
     * @param failuresInARow the failures since the count was last reset, this one included (1 or more)
     * @param random a number in [0, 1) choosing where the wait falls within the jitter
     */
    Duration delayBefore(int failuresInARow, double random) {
        double base = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, failuresInARow - 1));
        double capped = Math.min(base, maxDelay.toMillis());
        double varied = capped * (1 + jitter * (2 * random - 1));
        return Duration.ofMillis(Math.max(0, Math.round(Math.min(varied, maxDelay.toMillis()))));
    }

    /** Whether a run that lasted {@code ranFor} starts the count of failures in a row again. */
    boolean resetsAfter(Duration ranFor) {
        return !resetThreshold.isZero() && ranFor.compareTo(resetThreshold) >= 0;
    }
}

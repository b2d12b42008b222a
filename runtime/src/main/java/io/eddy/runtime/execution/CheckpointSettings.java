package io.eddy.runtime.execution;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.config.CheckpointingMode;
import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.config.RuntimeOptions;
import java.time.Duration;

/**
 * How a job takes checkpoints, read from its configuration ({@code execution.checkpointing.*}).
 *
 * @param interval time between periodic checkpoints; zero takes them only when asked
 * @param timeout a checkpoint not complete within it is aborted
 * @param minPause least time between the end of one periodic checkpoint and the start of the next
 * @param tolerableFailures checkpoint failures in a row tolerated before the job fails
 * @param mode whether barriers are aligned (exactly once) or not (at least once)
 */
record CheckpointSettings(Duration interval, Duration timeout, Duration minPause, int tolerableFailures, CheckpointingMode mode) {

    CheckpointSettings {
        requireNonNull(interval, "interval is null");
        requireNonNull(timeout, "timeout is null");
        requireNonNull(minPause, "minPause is null");
        requireNonNull(mode, "mode is null");
        if (tolerableFailures < 0) {
            throw new IllegalArgumentException("tolerableFailures is negative");
        }
    }

    /** The settings of {@code configuration}; throws a one-line {@link IllegalArgumentException} for an invalid value. */
    static CheckpointSettings fromConfiguration(Configuration configuration) {
        configuration.get(RuntimeOptions.MAX_CONCURRENT_CHECKPOINTS); // read to refuse values other than 1: one at a time
        return new CheckpointSettings(configuration.get(RuntimeOptions.CHECKPOINTING_INTERVAL),
                configuration.get(RuntimeOptions.CHECKPOINTING_TIMEOUT), configuration.get(RuntimeOptions.CHECKPOINTING_MIN_PAUSE),
                configuration.get(RuntimeOptions.TOLERABLE_FAILED_CHECKPOINTS), configuration.get(RuntimeOptions.CHECKPOINTING_MODE));
    }
}

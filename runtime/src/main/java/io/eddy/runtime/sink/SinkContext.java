package io.eddy.runtime.sink;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.time.Clock;

/**
 * What a sink writer is told about where it runs.
 *
 * @param sinkName the sink vertex name
 * @param subtaskIndex 0-based writer index
 * @param parallelism number of writers
 * @param configuration the job configuration
 * @param clock processing time
 */
public record SinkContext(String sinkName, int subtaskIndex, int parallelism, Configuration configuration, Clock clock) {
    public SinkContext {
        requireNonNull(sinkName, "sinkName is null");
        requireNonNull(configuration, "configuration is null");
        requireNonNull(clock, "clock is null");
    }
}

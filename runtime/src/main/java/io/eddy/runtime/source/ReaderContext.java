package io.eddy.runtime.source;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.config.Configuration;
import io.eddy.runtime.time.Clock;

/**
 * What a source reader is told about where it runs.
 *
 * @param sourceName the source vertex name
 * @param subtaskIndex 0-based reader index
 * @param parallelism number of readers
 * @param configuration the job configuration
 * @param clock processing time
 */
public record ReaderContext(String sourceName, int subtaskIndex, int parallelism, Configuration configuration, Clock clock) {
    public ReaderContext {
        requireNonNull(sourceName, "sourceName is null");
        requireNonNull(configuration, "configuration is null");
        requireNonNull(clock, "clock is null");
    }
}

package io.eddy.runtime.source;

/**
 * A unit of source input (a Kafka partition, a Kinesis shard, a file) together with its position.
 * Splits are immutable values: a reader's snapshot returns new splits carrying the current positions.
 */
public interface SourceSplit {

    /** Unique within the source; stable across restarts. */
    String splitId();
}

package io.eddy.runtime.source;

/** Whether a source ends ({@code BOUNDED}: batch, files, a bounded Kafka range) or runs forever. */
public enum Boundedness {
    BOUNDED,
    CONTINUOUS_UNBOUNDED
}

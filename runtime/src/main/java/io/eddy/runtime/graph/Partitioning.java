package io.eddy.runtime.graph;

/** How an edge distributes records from producer subtasks to consumer subtasks. */
public enum Partitioning {
    /** Producer subtask i to consumer subtask i; needs equal parallelism; chained when possible. */
    FORWARD,
    /** By key: key → key group → the consumer subtask owning that group. */
    HASH,
    /** Round robin over all consumer subtasks. */
    REBALANCE,
    /** A random consumer subtask per record. */
    RANDOM,
    /** Every record to every consumer subtask. */
    BROADCAST
}

package io.eddy.runtime.execution;

/** The processing time read once per task-loop pass, so per-record code never calls the clock. */
final class LoopTime {
    long now;
}

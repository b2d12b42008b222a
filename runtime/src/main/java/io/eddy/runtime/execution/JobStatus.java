package io.eddy.runtime.execution;

/** The states of a job, as in Flink (without the transient FAILING/CANCELLING ones). */
public enum JobStatus {
    CREATED,
    RUNNING,
    /** An attempt failed; the job is about to run again from its last completed checkpoint. */
    RESTARTING,
    FINISHED,
    FAILED,
    CANCELED;

    public boolean isTerminal() {
        return this == FINISHED || this == FAILED || this == CANCELED;
    }
}

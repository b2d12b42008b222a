package io.eddy.runtime.execution;

import io.eddy.runtime.operator.OperatorSnapshot;

/** Where a task's input comes from: a source reader or the input gates of its first operator. */
interface TaskHead {

    void start() throws Exception;

    /** Does one step of input work without blocking; returns how much work was done (0: nothing ready). */
    int poll() throws Exception;

    /** True once all input has ended and the final watermark went down the chain. */
    boolean isFinished();

    /** Lets time-based input logic run (source idleness). */
    default void advanceTime(long now) throws Exception {
    }

    /**
     * The checkpoint whose barrier reached every input channel (the task must now snapshot and pass the
     * barrier on), or -1. Source heads have no channels: their checkpoints are triggered directly.
     */
    default long alignedCheckpoint() {
        return -1;
    }

    /** Reads all inputs again after an aligned checkpoint was taken. */
    default void resumeAfterCheckpoint() {
    }

    /** The head's own state for a checkpoint (source split positions); null when it has none. */
    default OperatorSnapshot snapshotState(long checkpointId) throws Exception {
        return null;
    }

    default void close() throws Exception {
    }
}

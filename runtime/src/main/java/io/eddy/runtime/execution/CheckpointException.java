package io.eddy.runtime.execution;

/**
 * Checkpoints failed more often in a row than {@code execution.checkpointing.tolerable-failed-checkpoints}
 * allows; the message names the option and the last failure. The job fails (and restarts per its restart strategy).
 */
public final class CheckpointException extends Exception {

    public CheckpointException(String message) {
        super(message);
    }
}

package io.eddy.runtime.execution;

/** A job could not be started (for example not enough free task slots); the message says why. */
public final class JobSubmissionException extends RuntimeException {

    public JobSubmissionException(String message) {
        super(message);
    }
}

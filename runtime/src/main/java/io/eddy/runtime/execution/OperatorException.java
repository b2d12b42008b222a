package io.eddy.runtime.execution;

/** Carries a failure out of an operator together with the task (operator and subtask) it happened in. */
final class OperatorException extends RuntimeException {

    private final String taskName;

    OperatorException(String taskName, Throwable cause) {
        super(taskName + " failed: " + cause, cause);
        this.taskName = taskName;
    }

    String taskName() {
        return taskName;
    }

    /** Wraps {@code failure} unless it already names its operator. */
    static OperatorException wrap(String taskName, Throwable failure) {
        return failure instanceof OperatorException named ? named : new OperatorException(taskName, failure);
    }
}

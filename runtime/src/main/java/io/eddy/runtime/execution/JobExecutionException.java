package io.eddy.runtime.execution;

/**
 * A job failed. The message names the job and the operator subtask where it failed and gives the root
 * cause's type and message; {@link #getCause()} is that root cause.
 */
public final class JobExecutionException extends Exception {

    private final String jobName;
    private final String taskName;

    public JobExecutionException(String jobName, String taskName, Throwable rootCause) {
        super("Job '" + jobName + "' failed in " + taskName + ": " + describe(rootCause), rootCause);
        this.jobName = jobName;
        this.taskName = taskName;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    public String jobName() {
        return jobName;
    }

    /** The operator and subtask, such as {@code count per window (2/4)}. */
    public String taskName() {
        return taskName;
    }
}

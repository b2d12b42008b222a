package io.eddy.catalog.function;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * What a {@link UserDefinedFunction} learns in {@link UserDefinedFunction#open}: the job's
 * parameters (its configuration, the {@code SET} options it was started with) and the task it
 * runs in.
 */
public final class FunctionContext {

  private final Map<String, String> jobParameters;
  private final String taskName;
  private final int subtaskIndex;
  private final int parallelism;

  /**
   * @param jobParameters the job's configuration
   * @param taskName the task, as in logs: "operator (2/4)"
   * @param subtaskIndex 0-based index of the subtask
   * @param parallelism number of subtasks of the operator
   */
  public FunctionContext(Map<String, String> jobParameters, String taskName, int subtaskIndex,
      int parallelism) {
    this.jobParameters = Map.copyOf(requireNonNull(jobParameters, "jobParameters is null"));
    this.taskName = requireNonNull(taskName, "taskName is null");
    this.subtaskIndex = subtaskIndex;
    this.parallelism = parallelism;
  }

  /** The job parameter {@code key}, or {@code defaultValue} when the job does not set it. */
  public String getJobParameter(String key, String defaultValue) {
    return jobParameters.getOrDefault(requireNonNull(key, "key is null"), defaultValue);
  }

  /** The task the function runs in, e.g. "Calc (2/4)". */
  public String getTaskName() {
    return taskName;
  }

  /** The 0-based index of the subtask. */
  public int getIndexOfThisSubtask() {
    return subtaskIndex;
  }

  /** How many subtasks run the operator. */
  public int getNumberOfParallelSubtasks() {
    return parallelism;
  }

  @Override
  public String toString() {
    return "FunctionContext[" + taskName + "]";
  }
}

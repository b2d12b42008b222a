package io.eddy.catalog.function;

/**
 * The base of functions users write in Java and register with {@code CREATE FUNCTION name AS
 * 'class'}, as in Flink: a public class with a public constructor without arguments. Each task
 * that calls the function holds its own instance: {@link #open} is called before the first
 * record, {@link #close} after the last (also when the job fails or is cancelled).
 */
public abstract class UserDefinedFunction {

  /**
   * Called once per instance before any evaluation: acquire resources, read job parameters.
   *
   * @param context where the instance runs
   * @throws Exception fails the task
   */
  public void open(FunctionContext context) throws Exception {
  }

  /**
   * Called once per instance after the last evaluation: release resources.
   *
   * @throws Exception reported, the task ends anyway
   */
  public void close() throws Exception {
  }

  /**
   * Whether a call with the same arguments always returns the same result. The planner never
   * evaluates a nondeterministic call ahead of time, nor merges two calls into one; the
   * default is true, as in Flink.
   */
  public boolean isDeterministic() {
    return true;
  }
}

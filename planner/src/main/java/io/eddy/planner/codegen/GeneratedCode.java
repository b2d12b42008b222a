package io.eddy.planner.codegen;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * A compiled piece of per-record code: the generated class's name and Java source (for EXPLAIN
 * and debugging) and a factory of fresh instances, one per operator subtask.
 *
 * @param className the generated class's simple name
 * @param source the generated Java source
 * @param factory makes a new instance of the compiled class
 * @param <T> the runtime interface the class implements
 */
public record GeneratedCode<T>(String className, String source, Supplier<T> factory) {

  public GeneratedCode {
    requireNonNull(className, "className is null");
    requireNonNull(source, "source is null");
    requireNonNull(factory, "factory is null");
  }

  /** A new instance of the compiled class. */
  public T newInstance() {
    return factory.get();
  }

  @Override
  public String toString() {
    return "GeneratedCode[" + className + "]";
  }
}

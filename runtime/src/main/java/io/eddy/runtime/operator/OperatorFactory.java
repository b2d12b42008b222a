package io.eddy.runtime.operator;

/**
 * Creates operator instances: a job graph holds factories, each subtask (and each restore in tests)
 * gets its own fresh instance. Factories are shared between threads and must be stateless.
 */
@FunctionalInterface
public interface OperatorFactory {

    StreamOperator create();
}

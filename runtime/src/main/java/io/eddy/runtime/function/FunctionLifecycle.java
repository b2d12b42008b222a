package io.eddy.runtime.function;

import io.eddy.runtime.operator.OperatorContext;

/**
 * Per-record code that holds resources for its whole task, such as generated code calling
 * user-defined functions: the operator running it calls {@link #open} from its own open, before
 * the first record, and {@link #close} from its own close, always.
 */
public interface FunctionLifecycle {

    /** Called once before the first record, with the running operator's context. */
    void open(OperatorContext context) throws Exception;

    /** Called once after the last record, also after a failure. */
    void close() throws Exception;
}

package io.eddy.runtime.execution;

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

    default void close() throws Exception {
    }
}

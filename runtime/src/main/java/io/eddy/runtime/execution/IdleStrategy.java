package io.eddy.runtime.execution;

/**
 * How a task loop waits when a pass did no work: instead of sleeping blindly, it spins, then yields,
 * then parks for growing periods, and starts over as soon as work shows up.
 */
interface IdleStrategy {

    /** Called after each pass with the amount of work it did; idles only when it is 0. */
    void idle(int workCount);

    void reset();
}

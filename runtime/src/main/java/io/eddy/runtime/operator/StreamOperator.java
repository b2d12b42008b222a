package io.eddy.runtime.operator;

import io.eddy.runtime.state.AsyncSnapshot;

/**
 * A stream operator subtask. The runtime calls it from one thread, never concurrently, in this order:
 *
 * <ol>
 *   <li>{@link #setup(OperatorContext, Output)} once: where it runs and where it emits;</li>
 *   <li>{@link #initializeState(OperatorSnapshot)} once: create state, restoring it from a snapshot
 *       ({@link OperatorSnapshot#EMPTY} on a fresh start);</li>
 *   <li>{@link #open()} once: acquire resources; may emit;</li>
 *   <li>any interleaving of element calls and watermark calls (see {@link OneInputOperator},
 *       {@link TwoInputOperator}), {@link #advanceProcessingTime(long)} (fires processing-time timers) and
 *       {@link #snapshotState(long)} (which must not emit) and {@link #notifyCheckpointComplete(long)};</li>
 *   <li>{@link #finish()} once, after the end of all input (the last watermark was {@code Long.MAX_VALUE}):
 *       flush buffered results; may emit. Not called when the job fails or is cancelled;</li>
 *   <li>{@link #close()} once, always, also after a failure: release resources; must not emit.</li>
 * </ol>
 *
 * <p>Side effects outside the stream (writes to external systems) become visible only when a
 * checkpoint completes, so replay after a restore does not duplicate them. Instances are created per
 * subtask by an {@link OperatorFactory}; an operator restored into a fresh instance must behave exactly
 * as the instance that took the snapshot.
 */
public interface StreamOperator {

    void setup(OperatorContext context, Output output);

    void initializeState(OperatorSnapshot restored) throws Exception;

    void open() throws Exception;

    /** Processing time has reached {@code currentTime}: fire due processing-time timers. */
    void advanceProcessingTime(long currentTime) throws Exception;

    /** The state to restore from; keyed state per key group so it can be redistributed. */
    OperatorSnapshot snapshotState(long checkpointId) throws Exception;

    /**
     * Takes a snapshot in two parts: what must see a consistent state here, on the task thread (which
     * then goes on processing), the rest in the returned {@link AsyncSnapshot#complete()} on the
     * checkpoint I/O thread. With {@code canonical} (savepoints) keyed state is written whole in the
     * canonical format. By default the whole {@link #snapshotState(long)} is taken here.
     */
    default AsyncSnapshot<OperatorSnapshot> snapshotStateAsync(long checkpointId, boolean canonical) throws Exception {
        return AsyncSnapshot.done(snapshotState(checkpointId));
    }

    /**
     * The checkpoint {@code checkpointId} completed everywhere: make the side effects prepared by its
     * {@link #snapshotState(long)} visible (commit transactions). Must not emit.
     */
    default void notifyCheckpointComplete(long checkpointId) throws Exception {
    }

    void finish() throws Exception;

    void close() throws Exception;
}

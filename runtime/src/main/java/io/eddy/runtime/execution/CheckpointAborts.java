package io.eddy.runtime.execution;

/**
 * The mark by which a job's checkpoint coordinator tells its input gates that a checkpoint was aborted:
 * gates drop their alignment (or barrier count) for it and ignore its barriers arriving later. With one
 * checkpoint at a time, every checkpoint up to the highest aborted id is either complete or aborted.
 */
final class CheckpointAborts {

    private volatile long highestAborted = -1;

    synchronized void abort(long checkpointId) {
        highestAborted = Math.max(highestAborted, checkpointId);
    }

    boolean isAborted(long checkpointId) {
        return checkpointId <= highestAborted;
    }
}

package io.eddy.connectors.spi;

/**
 * Where a source reader sends the records it cannot decode when the table names a dead-letter
 * destination: the job goes on and nothing is lost. One per reader, used from the reader's thread;
 * {@link #flush()} is called when the reader snapshots its position, so that a checkpoint never
 * covers a record whose dead letter is not yet written (at-least-once).
 */
public interface DeadLetterQueue extends AutoCloseable {

    /** Queues one dead letter; a failure to write it fails a later call with the reason. */
    void send(DeadLetter letter);

    /**
     * Sends what is due without waiting, for queues that batch on the reader's thread; called on every
     * poll of the reader. Does nothing by default.
     */
    default void progress() {}

    /** Waits until every queued dead letter is written. */
    void flush();

    /** Dead letters sent so far. */
    long sent();

    @Override
    void close();
}

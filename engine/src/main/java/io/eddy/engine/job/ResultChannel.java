package io.eddy.engine.job;

import io.eddy.jdbc.spi.ResultRow;
import io.eddy.jdbc.spi.RowKind;
import io.eddy.runtime.data.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The hand-over between a query's result sink (on the job's thread) and the session's result
 * stream (on the client's thread): a bounded queue, so a client that reads slowly slows the job
 * down instead of filling memory. Ends with an end marker or the job's failure; once the reader
 * closes it, writers drop what they offer.
 */
final class ResultChannel {

    private static final int CAPACITY = 1024;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private volatile boolean closed;
    private volatile boolean ended;
    private volatile boolean endRead;

    /** Hands a result row to the reader, waiting while the queue is full. */
    void put(Row row) throws InterruptedException {
        offer(toResultRow(row));
    }

    /** Marks the end of the result (once). */
    void end() throws InterruptedException {
        if (!ended) {
            ended = true;
            offer(END);
        }
    }

    /** Ends the result with the job's failure. */
    void fail(Throwable failure) {
        if (!ended) {
            ended = true;
            queue.clear();
            queue.offer(new Failure(failure));
        }
    }

    /**
     * The next row, waiting for it; null at the end.
     *
     * @throws JobFailedException when the job failed
     */
    ResultRow next() throws InterruptedException {
        if (closed) {
            return null;
        }
        Object item = queue.take();
        if (closed) {
            queue.offer(END);
            return null;
        }
        if (item == END) {
            endRead = true;
            queue.offer(END);
            return null;
        }
        if (item instanceof Failure failure) {
            queue.offer(failure);
            throw new JobFailedException(failure.cause());
        }
        return (ResultRow) item;
    }

    /**
     * Stops the hand-over, from any thread: later rows are dropped, and a reader waiting in
     * {@link #next()} wakes up and sees the end.
     */
    void close() {
        closed = true;
        queue.clear();
        queue.offer(END);
    }

    /** Whether the reader has seen the end of the result (the job finished its input). */
    boolean endWasRead() {
        return endRead;
    }

    private void offer(Object item) throws InterruptedException {
        while (!closed) {
            if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    private static ResultRow toResultRow(Row row) {
        Object[] values = new Object[row.arity()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(row.getField(i));
        }
        return new ResultRow(RowKind.valueOf(row.getKind().name()), values);
    }

    private static Object value(Object field) {
        if (field instanceof Row nested) {
            List<Object> values = new ArrayList<>(nested.arity());
            for (int i = 0; i < nested.arity(); i++) {
                values.add(value(nested.getField(i)));
            }
            return values.toArray();
        }
        return field;
    }

    /** The failure a job ended with. */
    private record Failure(Throwable cause) {
    }

    /** Thrown to the reader when the job that produced the result failed. */
    static final class JobFailedException extends RuntimeException {
        JobFailedException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}

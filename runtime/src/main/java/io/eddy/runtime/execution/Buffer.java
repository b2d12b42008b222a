package io.eddy.runtime.execution;

import io.eddy.runtime.data.Row;

/**
 * A batch of records and control events travelling through a channel; filled by one thread, read by
 * another, then handed back through the channel to be filled again. A record is copied into the row
 * that held the record at the same position the last time round, when there is one of the same schema,
 * so a channel in steady state allocates no rows.
 */
final class Buffer {

    final Object[] items;
    int size;
    int records;
    long firstAddTime;

    Buffer(int capacity) {
        items = new Object[capacity];
    }

    boolean isFull() {
        return size == items.length;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds a copy of {@code row}: the producer may reuse its row once this returns. */
    void addCopyOf(Row row, long now) {
        Row copy = items[size] instanceof Row reusable && reusable.schema() == row.schema() ? reusable.copyFrom(row) : row.copy();
        add(copy, true, now);
    }

    void add(Object item, boolean isRecord, long now) {
        if (size == 0) {
            firstAddTime = now;
        }
        items[size++] = item;
        if (isRecord) {
            records++;
        }
    }

    /** Empties the buffer for the next round; its rows stay to be written over. */
    void reset() {
        size = 0;
        records = 0;
    }
}

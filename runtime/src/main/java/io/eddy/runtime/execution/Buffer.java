package io.eddy.runtime.execution;

/** A batch of records and control events travelling through a channel; filled by one thread, read by another. */
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

    void add(Object item, boolean isRecord, long now) {
        if (size == 0) {
            firstAddTime = now;
        }
        items[size++] = item;
        if (isRecord) {
            records++;
        }
    }
}

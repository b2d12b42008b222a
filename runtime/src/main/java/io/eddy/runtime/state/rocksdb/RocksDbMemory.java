package io.eddy.runtime.state.rocksdb;

import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.WriteBufferManager;

/**
 * The memory budget shared by the RocksDB instances of one job: one LRU block cache of the budget's
 * size and a write buffer manager that charges memtables to that cache (half the budget at most), so
 * blocks, index/filter blocks and memtables together stay within the budget. Reference counted: the
 * native objects are created with the first instance and closed with the last.
 */
final class RocksDbMemory {

    private final long budgetBytes;
    private int users;
    private Cache cache;
    private WriteBufferManager writeBufferManager;

    RocksDbMemory(long budgetBytes) {
        if (budgetBytes < 1) {
            throw new IllegalArgumentException("RocksDB memory budget must be positive: " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /** Registers one more instance, creating the shared objects for the first. */
    synchronized void acquire() {
        if (users == 0) {
            cache = new LRUCache(budgetBytes, -1, false, 0.1);
            writeBufferManager = new WriteBufferManager(budgetBytes / 2, cache);
        }
        users++;
    }

    /** Unregisters one instance, closing the shared objects after the last. */
    synchronized void release() {
        if (users == 0) {
            throw new IllegalStateException("RocksDB memory released more often than acquired");
        }
        users--;
        if (users == 0) {
            writeBufferManager.close();
            cache.close();
            writeBufferManager = null;
            cache = null;
        }
    }

    synchronized Cache cache() {
        return cache;
    }

    synchronized WriteBufferManager writeBufferManager() {
        return writeBufferManager;
    }

    synchronized int users() {
        return users;
    }

    long budgetBytes() {
        return budgetBytes;
    }
}

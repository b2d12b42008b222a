package io.eddy.runtime.state.rocksdb;

import static java.util.Objects.requireNonNull;

import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.state.AbstractKeyedStateBackend;
import io.eddy.runtime.state.AsyncSnapshot;
import io.eddy.runtime.state.KeyGroupRange;
import io.eddy.runtime.state.KeyedStateHandle;
import io.eddy.runtime.state.KeyedStateHandle.StateLayout;
import io.eddy.runtime.state.KeyedStateSnapshot;
import io.eddy.runtime.state.ListState;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.TimerQueue;
import io.eddy.runtime.state.ValueState;
import io.eddy.runtime.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.Checkpoint;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.FlushOptions;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteOptions;

/**
 * Keyed state in an embedded RocksDB ({@code state.backend.type = rocksdb}): one instance per operator
 * subtask in its own directory (deleted on close), one column family per state. Keys are the key
 * group (2 bytes, big-endian, so one key group is one contiguous range), the serialized key row and,
 * for map state, the serialized map key, and for list state an element number. Values are the write
 * time (a varlong) and the serialized value: a list keeps an entry per element, so appending is one
 * write. Every state column family has a bloom filter. Snapshots use the canonical {@link KeyGroupStateFormat}, so they
 * restore into the heap backend and back. The write-ahead log is off: snapshots make state durable.
 *
 * <p>Checkpoints ({@link #snapshotAsync}) take only a flush and a native RocksDB checkpoint (hard links
 * of the SST files) on the task thread; on the checkpoint I/O thread the key groups are then read out
 * of it in the canonical format or, with incremental checkpoints, its new files are uploaded and a
 * {@link KeyedStateHandle} is returned. A handle of the same key-group range restores by download.
 */
public final class RocksDbKeyedStateBackend extends AbstractKeyedStateBackend<RocksDbState<?, ?>> {

    static {
        RocksDB.loadLibrary();
    }

    private final RocksDbMemory memory;
    private final Path localDirectory;
    private final Path directory;
    private final Path checkpointsDirectory;
    private final RocksDbSnapshots snapshots;
    private final Map<String, ColumnFamilyHandle> restoredColumns = new TreeMap<>();
    private final Map<String, StateLayout> restoredLayouts = new TreeMap<>();
    private final Map<String, ColumnFamilyHandle> timerColumns = new TreeMap<>();
    private final boolean timersInRocksDb;
    private final DBOptions databaseOptions;
    private final ColumnFamilyOptions columnOptions;
    private final BloomFilter bloomFilter;
    private final ReadOptions readOptions;
    private final WriteOptions writeOptions;
    private ColumnFamilyHandle defaultColumn;
    private RocksDB database;
    private final BinaryOutput keyBuffer = new BinaryOutput();
    private byte[] currentKeyBytes;
    private boolean closed;
    private long nextListElement;
    private long checkpointedListElement;

    /**
     * Opens a fresh instance in a new directory under {@code localDirectory}.
     *
     * @param memory the shared memory budget; acquired here and released on {@link #close()}
     * @param sharedDirectory where incremental checkpoints store files; null for canonical checkpoints only
     * @param incremental whether checkpoints are incremental
     * @param timersInRocksDb whether timers live in RocksDB (else on the heap)
     */
    RocksDbKeyedStateBackend(RowSchema keySchema, int maxParallelism, KeyGroupRange range, Clock clock, Path localDirectory,
                             RocksDbMemory memory, Path sharedDirectory, boolean incremental, boolean timersInRocksDb) {
        super(keySchema, maxParallelism, range, clock);
        this.timersInRocksDb = timersInRocksDb;
        this.memory = requireNonNull(memory, "memory is null");
        this.localDirectory = localDirectory;
        try {
            Files.createDirectories(localDirectory);
            this.directory = Files.createTempDirectory(localDirectory, "eddy-rocksdb-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a RocksDB directory under " + localDirectory + ": " + e.getMessage(), e);
        }
        this.checkpointsDirectory = directory.resolveSibling(directory.getFileName() + "-checkpoints");
        this.snapshots = new RocksDbSnapshots(this, sharedDirectory, incremental);
        memory.acquire();
        this.databaseOptions = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true)
                .setWriteBufferManager(memory.writeBufferManager()).setMaxOpenFiles(-1)
                .setAvoidFlushDuringShutdown(true);
        this.bloomFilter = new BloomFilter(10, false);
        this.columnOptions = new ColumnFamilyOptions().setTableFormatConfig(new BlockBasedTableConfig()
                .setBlockCache(memory.cache()).setCacheIndexAndFilterBlocks(true).setFilterPolicy(bloomFilter)
                .setPinL0FilterAndIndexBlocksInCache(true));
        this.readOptions = new ReadOptions();
        this.writeOptions = new WriteOptions().setDisableWAL(true);
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        try {
            this.database = RocksDB.open(databaseOptions, directory.toString(),
                    List.of(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, columnOptions)), handles);
        } catch (RocksDBException e) {
            closeOptions();
            memory.release();
            deleteDirectory();
            throw new IllegalStateException("cannot open RocksDB in " + directory + ": " + e.getMessage(), e);
        }
        this.defaultColumn = handles.get(0);
    }

    @Override
    protected void switchKey(Row key, int keyGroup, boolean frozen) {
        keyBuffer.reset();
        writeKeyGroup(keyBuffer, keyGroup);
        keySerializer.serialize(key, keyBuffer);
        currentKeyBytes = keyBuffer.toByteArray();
        super.switchKey(frozen ? key : key.copy(), keyGroup, true);
    }

    /** Key group and serialized key of the current key: the RocksDB key (or key prefix) of its state. */
    byte[] currentKeyBytes(StateDescriptor<?, ?> descriptor) {
        if (currentKeyBytes == null) {
            throw new IllegalStateException("no current key set before accessing " + descriptor);
        }
        return currentKeyBytes;
    }

    static void writeKeyGroup(BinaryOutput output, int keyGroup) {
        output.writeByte(keyGroup >>> 8);
        output.writeByte(keyGroup);
    }

    static byte[] keyGroupPrefix(int keyGroup) {
        return new byte[] {(byte) (keyGroup >>> 8), (byte) keyGroup};
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> ValueState<V> valueState(StateDescriptor<Void, V> descriptor) {
        return (ValueState<V>) register(descriptor, handle -> new RocksDbValueState<>(this, descriptor, handle));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> ListState<V> listState(StateDescriptor<Void, V> descriptor) {
        return (ListState<V>) register(descriptor, handle -> new RocksDbListState<>(this, descriptor, handle));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> MapState<K, V> mapState(StateDescriptor<K, V> descriptor) {
        return (MapState<K, V>) register(descriptor, handle -> new RocksDbMapState<>(this, descriptor, handle));
    }

    private RocksDbState<?, ?> register(StateDescriptor<?, ?> descriptor, Function<ColumnFamilyHandle, RocksDbState<?, ?>> creator) {
        checkOpen();
        if (descriptor.name().startsWith(TIMER_COLUMN_PREFIX)) {
            throw new IllegalArgumentException("state name '" + descriptor.name() + "' is reserved for timers (it starts with "
                    + TIMER_COLUMN_PREFIX + ")");
        }
        return register(descriptor, () -> {
            ColumnFamilyHandle restored = restoredColumns.remove(descriptor.name());
            if (restored == null) {
                return creator.apply(call(() -> database.createColumnFamily(
                        new ColumnFamilyDescriptor(descriptor.name().getBytes(StandardCharsets.UTF_8), columnOptions))));
            }
            StateLayout layout = restoredLayouts.remove(descriptor.name());
            RocksDbState<?, ?> state = creator.apply(restored);
            if (layout != null && state.layout() != layout) {
                throw new IllegalStateException("state '" + descriptor.name() + "' was checkpointed as " + layout
                        + " state, not as " + state.layout() + " state");
            }
            return state;
        });
    }

    /**
     * With timers in RocksDB, a queue in a new column family named {@code $timers-<name>} (replacing one
     * of that name); otherwise on the heap. Timers are snapshotted by the timer service, not with the
     * states, so column families of timers restored from a checkpoint are dropped on restore.
     */
    @Override
    public TimerQueue createTimerQueue(String name) {
        checkOpen();
        if (!timersInRocksDb) {
            return super.createTimerQueue(name);
        }
        return createTimerQueue(name, RocksDbTimerQueue.CACHE_PER_KEY_GROUP);
    }

    /** A queue in RocksDB caching {@code cachePerKeyGroup} timers per key group. */
    RocksDbTimerQueue createTimerQueue(String name, int cachePerKeyGroup) {
        String columnName = TIMER_COLUMN_PREFIX + requireNonNull(name, "name is null");
        ColumnFamilyHandle previous = timerColumns.remove(columnName);
        if (previous != null) {
            dropColumn(previous);
        }
        ColumnFamilyHandle column = call(() -> database.createColumnFamily(
                new ColumnFamilyDescriptor(columnName.getBytes(StandardCharsets.UTF_8), columnOptions)));
        timerColumns.put(columnName, column);
        return new RocksDbTimerQueue(this, column, cachePerKeyGroup);
    }

    /**
     * A number for a new list element, greater than that of every element stored in this database: list
     * state keeps an element per entry, ordered by this number. Checkpoints carry it (in the default
     * column family), so it keeps growing after a restore.
     */
    long nextListElement() {
        return nextListElement++;
    }

    /** The default column family's entry that holds {@link #nextListElement()} in checkpoints. */
    private static final byte[] NEXT_LIST_ELEMENT_KEY = "next-list-element".getBytes(StandardCharsets.UTF_8);

    /** Column families of timers start with this; state names cannot (the planner's names do not). */
    static final String TIMER_COLUMN_PREFIX = "$timers-";

    private void dropColumn(ColumnFamilyHandle column) {
        run(() -> database.dropColumnFamily(column));
        column.close();
    }

    @Override
    public Map<Integer, byte[]> snapshot() {
        checkOpen();
        if (restoredColumns.isEmpty()) {
            return super.snapshot();
        }
        try {
            return snapshotAsync(0, true).complete().keyGroups();
        } catch (Exception e) {
            throw new IllegalStateException("cannot snapshot RocksDB state in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** A flush and a native RocksDB checkpoint here; reading or uploading it in the returned part. */
    @Override
    public AsyncSnapshot<KeyedStateSnapshot> snapshotAsync(long checkpointId, boolean canonical) {
        checkOpen();
        Map<String, StateLayout> layouts = new TreeMap<>(restoredLayouts);
        states.forEach((name, state) -> layouts.put(name, state.layout()));
        Path local = checkpointsDirectory.resolve("chk-" + checkpointId + "-" + System.nanoTime());
        List<ColumnFamilyHandle> columns = new ArrayList<>(restoredColumns.values());
        states.values().forEach(state -> columns.add(state.handle()));
        columns.add(defaultColumn);
        try (FlushOptions flush = new FlushOptions().setWaitForFlush(true); Checkpoint checkpoint = Checkpoint.create(database)) {
            Files.createDirectories(checkpointsDirectory);
            if (nextListElement != checkpointedListElement) {
                database.put(defaultColumn, writeOptions, NEXT_LIST_ELEMENT_KEY, ByteBuffer.allocate(Long.BYTES).putLong(nextListElement).array());
                checkpointedListElement = nextListElement;
            }
            database.flush(flush, columns);
            checkpoint.createCheckpoint(local.toString());
        } catch (RocksDBException | IOException e) {
            throw new IllegalStateException("cannot take a RocksDB checkpoint of " + directory + " in " + local + ": " + e.getMessage(), e);
        }
        RocksDbSnapshots.Captured captured = new RocksDbSnapshots.Captured(checkpointId, local, layouts, new TreeMap<>(states),
                snapshotPendingRestore(), now());
        return snapshots.asynchronousPart(captured, canonical);
    }

    /**
     * Restores a handle of exactly this key-group range by downloading its files as the database (before
     * any state is used); other handles are read key group by key group from a temporary copy.
     */
    @Override
    public void restore(List<KeyedStateHandle> handles) {
        checkOpen();
        handles.forEach(this::checkFits);
        if (handles.size() == 1 && handles.get(0).range().equals(keyGroupRange()) && states.isEmpty() && restoredColumns.isEmpty()) {
            openFrom(handles.get(0));
            snapshots.restored(handles.get(0));
        } else {
            super.restore(handles);
        }
    }

    private void openFrom(KeyedStateHandle handle) {
        defaultColumn.close();
        database.close();
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
        try (Options listing = new Options()) {
            RocksDbCheckpointFiles.deleteRecursively(directory);
            RocksDbCheckpointFiles.download(handle, directory);
            for (byte[] name : RocksDB.listColumnFamilies(listing, directory.toString())) {
                descriptors.add(new ColumnFamilyDescriptor(name, columnOptions));
            }
            database = RocksDB.open(databaseOptions, directory.toString(), descriptors, handles);
        } catch (IOException | RocksDBException e) {
            throw new IllegalStateException("cannot restore RocksDB state from checkpoint " + handle.checkpointId() + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < descriptors.size(); i++) {
            String name = new String(descriptors.get(i).getName(), StandardCharsets.UTF_8);
            if (Arrays.equals(descriptors.get(i).getName(), RocksDB.DEFAULT_COLUMN_FAMILY)) {
                defaultColumn = handles.get(i);
            } else if (name.startsWith(TIMER_COLUMN_PREFIX)) {
                dropColumn(handles.get(i));
            } else {
                restoredColumns.put(name, handles.get(i));
                restoredLayouts.put(name, handle.states().get(name));
            }
        }
        byte[] listElements = get(defaultColumn, NEXT_LIST_ELEMENT_KEY);
        if (listElements != null) {
            nextListElement = Math.max(nextListElement, ByteBuffer.wrap(listElements).getLong());
            checkpointedListElement = nextListElement;
        }
    }

    @Override
    protected Path temporaryDirectory() {
        return localDirectory;
    }

    @Override
    public void restore(Map<Integer, byte[]> keyGroupStates) {
        checkOpen();
        super.restore(keyGroupStates);
    }

    @Override
    public void forEachKey(String stateName, Runnable action) {
        checkOpen();
        RocksDbState<?, ?> state = states.get(stateName);
        if (state == null) {
            return;
        }
        List<Row> keys = state.keys();
        Row savedKey = currentKey;
        for (Row key : keys) {
            setCurrentFrozenKey(key);  // read from the database for this call only
            action.run();
        }
        if (savedKey == null) {
            currentKey = null;
            currentKeyBytes = null;
            currentKeyGroup = -1;
        } else {
            setCurrentFrozenKey(savedKey);  // the backend's current key is always its own row
        }
    }

    /** The RocksDB directory of this instance (deleted on close). */
    public Path directory() {
        return directory;
    }

    byte[] get(ColumnFamilyHandle handle, byte[] key) {
        return call(() -> database.get(handle, readOptions, key));
    }

    void put(ColumnFamilyHandle handle, byte[] key, byte[] value) {
        run(() -> database.put(handle, writeOptions, key, value));
    }

    void delete(ColumnFamilyHandle handle, byte[] key) {
        run(() -> database.delete(handle, writeOptions, key));
    }

    /** An iterator over one column family; the caller closes it. */
    RocksIterator iterator(ColumnFamilyHandle handle) {
        checkOpen();
        return database.newIterator(handle, readOptions);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the RocksDB state backend in " + directory + " is closed");
        }
    }

    @FunctionalInterface
    private interface RocksCall<T> {
        T call() throws RocksDBException;
    }

    @FunctionalInterface
    private interface RocksAction {
        void run() throws RocksDBException;
    }

    private <T> T call(RocksCall<T> call) {
        checkOpen();
        try {
            return call.call();
        } catch (RocksDBException e) {
            throw new IllegalStateException("RocksDB state access failed in " + directory + ": " + e.getMessage(), e);
        }
    }

    private void run(RocksAction action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (RocksDbState<?, ?> state : states.values()) {
            state.handle().close();
        }
        restoredColumns.values().forEach(ColumnFamilyHandle::close);
        restoredColumns.clear();
        timerColumns.values().forEach(ColumnFamilyHandle::close);
        timerColumns.clear();
        clearStates();
        defaultColumn.close();
        database.close();
        closeOptions();
        memory.release();
        deleteDirectory();
    }

    private void closeOptions() {
        readOptions.close();
        writeOptions.close();
        columnOptions.close();
        bloomFilter.close();
        databaseOptions.close();
    }

    private void deleteDirectory() {
        RocksDbCheckpointFiles.deleteRecursively(checkpointsDirectory);
        RocksDbCheckpointFiles.deleteRecursively(directory);
    }

    @Override
    public String toString() {
        return "RocksDbKeyedStateBackend[" + keyGroupRange() + ", " + directory + ", states " + states.keySet() + "]";
    }
}

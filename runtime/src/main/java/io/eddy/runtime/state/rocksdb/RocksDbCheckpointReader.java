package io.eddy.runtime.state.rocksdb;

import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.state.KeyGroupRange;
import io.eddy.runtime.state.KeyGroupStateFormat;
import io.eddy.runtime.state.KeyedStateHandle;
import io.eddy.runtime.state.KeyedStateHandle.StateLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * Reads key groups in the canonical {@link KeyGroupStateFormat} out of a copy of a RocksDB database
 * (a native checkpoint directory), opened read-only: what a canonical checkpoint of the RocksDB backend
 * writes on the checkpoint I/O thread, and how an incremental handle restores into another key-group
 * range or into the heap backend. A key group is one contiguous range of RocksDB keys, so each is one
 * prefix scan per state.
 */
public final class RocksDbCheckpointReader {

    static {
        RocksDB.loadLibrary();
    }

    private RocksDbCheckpointReader() {
    }

    /**
     * The canonical bytes of the key groups of {@code range} held by {@code handle}; its files are
     * downloaded (and checked) into a temporary directory under {@code temporaryParent}, deleted after.
     */
    public static Map<Integer, byte[]> read(KeyedStateHandle handle, KeyGroupRange range, RowSerializer keySerializer,
                                            Path temporaryParent) throws IOException {
        Files.createDirectories(temporaryParent);
        Path copy = Files.createTempDirectory(temporaryParent, "eddy-restore-");
        try {
            RocksDbCheckpointFiles.download(handle, copy);
            return read(copy, handle.states(), Map.of(), range, keySerializer, 0);
        } finally {
            RocksDbCheckpointFiles.deleteRecursively(copy);
        }
    }

    /**
     * The canonical bytes of the key groups of {@code range} in the database at {@code directory}. States
     * in {@code live} with a TTL drop their expired entries as of {@code now}; the others are copied as
     * stored, without deserializing anything.
     */
    static Map<Integer, byte[]> read(Path directory, Map<String, StateLayout> layouts, Map<String, RocksDbState<?, ?>> live,
                                     KeyGroupRange range, RowSerializer keySerializer, long now) throws IOException {
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
        try (Options listing = new Options();
             ColumnFamilyOptions columnOptions = new ColumnFamilyOptions();
             DBOptions options = new DBOptions()) {
            for (byte[] name : RocksDB.listColumnFamilies(listing, directory.toString())) {
                descriptors.add(new ColumnFamilyDescriptor(name, columnOptions));
            }
            try (RocksDB database = RocksDB.openReadOnly(options, directory.toString(), descriptors, handles)) {
                Map<String, RocksIterator> iterators = new TreeMap<>();
                try {
                    for (int i = 0; i < descriptors.size(); i++) {
                        String name = new String(descriptors.get(i).getName(), StandardCharsets.UTF_8);
                        if (layouts.containsKey(name)) {
                            iterators.put(name, database.newIterator(handles.get(i)));
                        }
                    }
                    return readGroups(iterators, layouts, live, range, keySerializer, now);
                } finally {
                    iterators.values().forEach(RocksIterator::close);
                }
            } finally {
                handles.forEach(ColumnFamilyHandle::close);
            }
        } catch (RocksDBException e) {
            throw new IOException("cannot read the RocksDB checkpoint in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static Map<Integer, byte[]> readGroups(Map<String, RocksIterator> iterators, Map<String, StateLayout> layouts,
                                                   Map<String, RocksDbState<?, ?>> live, KeyGroupRange range,
                                                   RowSerializer keySerializer, long now) {
        Map<Integer, byte[]> result = new TreeMap<>();
        BinaryOutput section = new BinaryOutput();
        List<byte[]> expired = new ArrayList<>();
        for (int group = range.start(); group <= range.end(); group++) {
            SortedMap<String, byte[]> sections = new TreeMap<>();
            for (Map.Entry<String, RocksIterator> state : iterators.entrySet()) {
                section.reset();
                RocksDbState<?, ?> liveState = live.get(state.getKey());
                boolean written = liveState != null && liveState.hasTtl()
                        ? liveState.writeSection(state.getValue(), group, section, now, expired)
                        : RocksDbSections.writeAsStored(state.getValue(), group, layouts.get(state.getKey()), keySerializer, section, expired);
                if (written) {
                    sections.put(state.getKey(), section.toByteArray());
                }
            }
            if (!sections.isEmpty()) {
                result.put(group, KeyGroupStateFormat.write(sections));
            }
        }
        return result;
    }
}

package io.eddy.runtime.state.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.state.HeapKeyedStateBackend;
import io.eddy.runtime.state.KeyGroupAssignment;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.KeyedStateBackendContract;
import io.eddy.runtime.state.ListState;
import io.eddy.runtime.state.ValueState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksDbKeyedStateBackendTest extends KeyedStateBackendContract {

    private final List<KeyedStateBackend> opened = new ArrayList<>();

    @TempDir
    Path directory;

    private RocksDbStateBackendFactory factory;

    @AfterEach
    void closeAll() {
        opened.forEach(KeyedStateBackend::close);
        if (factory != null) {
            assertThat(factory.openInstances()).as("every instance released its memory share").isZero();
        }
    }

    @Override
    protected KeyedStateBackend backend(int parallelism, int subtask) {
        if (factory == null) {
            factory = new RocksDbStateBackendFactory(directory, 8 << 20);
        }
        KeyedStateBackend backend = factory.create(KEYS, 128, KeyGroupAssignment.rangeForSubtask(128, parallelism, subtask), clock);
        opened.add(backend);
        return backend;
    }

    private KeyedStateBackend heap() {
        return new HeapKeyedStateBackend(KEYS, 128, KeyGroupAssignment.rangeForSubtask(128, 1, 0), clock);
    }

    @Test
    void heapSnapshotsRestoreIntoRocksDbAndBack() {
        KeyedStateBackend heap = heap();
        fill(heap, 0, 60);
        Map<Integer, byte[]> heapSnapshot = heap.snapshot();

        KeyedStateBackend rocks = backend(1, 0);
        rocks.restore(heapSnapshot);
        assertThat(contents(rocks)).isEqualTo(contents(heap)).hasSize(60);
        Map<Integer, byte[]> rocksSnapshot = rocks.snapshot();
        assertThat(rocksSnapshot.keySet()).isEqualTo(heapSnapshot.keySet());

        KeyedStateBackend heapAgain = heap();
        heapAgain.restore(rocksSnapshot);
        assertThat(contents(heapAgain)).isEqualTo(contents(heap));

        KeyedStateBackend rocksAgain = backend(1, 0);
        rocksAgain.restore(heapAgain.snapshot());
        assertThat(contents(rocksAgain)).as("registering the states loads them into RocksDB").isEqualTo(contents(heap));
        Map<Integer, byte[]> again = rocksAgain.snapshot();
        assertThat(again.keySet()).isEqualTo(rocksSnapshot.keySet());
        again.forEach((group, bytes) -> assertThat(bytes).as("key group %s is canonical", group).isEqualTo(rocksSnapshot.get(group)));
    }

    @Test
    void rocksDbSnapshotsOfTwoSubtasksRestoreIntoOneHeapBackend() {
        KeyedStateBackend heap = heap();
        for (int subtask = 0; subtask < 2; subtask++) {
            KeyedStateBackend rocks = backend(2, subtask);
            fill(rocks, 0, 50);
            heap.restore(rocks.snapshot());
        }
        KeyedStateBackend reference = heap();
        fill(reference, 0, 50);
        assertThat(contents(heap)).isEqualTo(contents(reference)).hasSize(50);
    }

    @Test
    void closeReleasesEverythingAndDeletesTheDirectory() throws Exception {
        RocksDbKeyedStateBackend backend = (RocksDbKeyedStateBackend) backend(1, 0);
        fill(backend, 0, 20);
        ValueState<Long> count = backend.valueState(COUNT);
        assertThat(backend.directory()).isDirectory();
        assertThat(factory.openInstances()).isEqualTo(1);
        backend.close();
        backend.close();
        assertThat(backend.directory()).doesNotExist();
        assertThat(factory.openInstances()).isZero();
        try (Stream<Path> left = Files.list(directory)) {
            assertThat(left).isEmpty();
        }
        String closed = "the RocksDB state backend in " + backend.directory() + " is closed";
        assertThatThrownBy(backend::snapshot).hasMessageContaining(closed);
        backend.setCurrentKey(Row.of(1L));
        assertThatThrownBy(count::value).hasMessageContaining(closed);
    }

    @Test
    void memtablesAreChargedToTheSharedBlockCache() {
        long budget = 4 << 20;
        RocksDbMemory memory = new RocksDbMemory(budget);
        RocksDbKeyedStateBackend first = new RocksDbKeyedStateBackend(KEYS, 128, KeyGroupAssignment.rangeForSubtask(128, 2, 0),
                clock, directory, memory, null, false, true);
        RocksDbKeyedStateBackend second = new RocksDbKeyedStateBackend(KEYS, 128, KeyGroupAssignment.rangeForSubtask(128, 2, 1),
                clock, directory, memory, null, false, true);
        try {
            assertThat(memory.users()).isEqualTo(2);
            String padding = "x".repeat(200);
            for (RocksDbKeyedStateBackend backend : List.of(first, second)) {
                ListState<String> names = backend.listState(NAMES);
                for (long id = 0; id < 2_000; id++) {
                    Row key = Row.of(id);
                    if (backend.keyGroupRange().contains(KeyGroupAssignment.keyGroupFor(key, 128))) {
                        backend.setCurrentKey(key);
                        names.add(padding);
                    }
                }
            }
            assertThat(memory.cache().getUsage()).as("memtables of both instances charged to the one cache")
                    .isPositive().isLessThanOrEqualTo(budget);
        } finally {
            first.close();
            second.close();
        }
        assertThat(memory.users()).isZero();
        assertThat(memory.cache()).as("the shared cache is closed with the last instance").isNull();
    }

    @Test
    void aBadBudgetOrDirectoryFailsClearly() throws Exception {
        assertThatThrownBy(() -> new RocksDbStateBackendFactory(directory, 0))
                .hasMessageContaining("RocksDB memory budget must be positive: 0");
        Path file = Files.writeString(directory.resolve("not-a-directory"), "x");
        RocksDbStateBackendFactory onAFile = new RocksDbStateBackendFactory(file, 1 << 20);
        assertThatThrownBy(() -> onAFile.create(KEYS, 128, KeyGroupAssignment.rangeForSubtask(128, 1, 0), clock))
                .hasMessageStartingWith("cannot create a RocksDB directory under " + file);
        assertThat(onAFile.openInstances()).isZero();
    }
}

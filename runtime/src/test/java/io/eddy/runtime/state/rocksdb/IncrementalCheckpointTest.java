package io.eddy.runtime.state.rocksdb;

import static io.eddy.runtime.state.KeyedStateBackendContract.COUNT;
import static io.eddy.runtime.state.KeyedStateBackendContract.KEYS;
import static io.eddy.runtime.state.KeyedStateBackendContract.NAMES;
import static io.eddy.runtime.state.KeyedStateBackendContract.contents;
import static io.eddy.runtime.state.KeyedStateBackendContract.fill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.state.AsyncSnapshot;
import io.eddy.runtime.state.HeapKeyedStateBackend;
import io.eddy.runtime.state.KeyGroupAssignment;
import io.eddy.runtime.state.KeyGroupRange;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.KeyedStateHandle;
import io.eddy.runtime.state.KeyedStateHandle.StateFile;
import io.eddy.runtime.state.KeyedStateSnapshot;
import io.eddy.runtime.state.ListState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.time.ManualClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental RocksDB checkpoints of one backend: what is uploaded, shared, restored and rejected. */
class IncrementalCheckpointTest {

    private static final KeyGroupRange ALL = KeyGroupAssignment.rangeForSubtask(128, 1, 0);

    @TempDir
    Path local;

    @TempDir
    Path checkpoints;

    private final ManualClock clock = new ManualClock(1_000);
    private final List<KeyedStateBackend> opened = new ArrayList<>();
    private RocksDbStateBackendFactory factory;

    @AfterEach
    void closeAll() {
        opened.forEach(KeyedStateBackend::close);
        if (factory != null) {
            assertThat(factory.openInstances()).isZero();
        }
    }

    private Path shared() {
        return checkpoints.resolve("shared");
    }

    private KeyedStateBackend rocksDb(KeyGroupRange range) {
        if (factory == null) {
            factory = new RocksDbStateBackendFactory(local, 8 << 20, shared(), true);
        }
        KeyedStateBackend backend = factory.create(KEYS, 128, range, clock);
        opened.add(backend);
        return backend;
    }

    private KeyedStateBackend heap(KeyGroupRange range) {
        return new HeapKeyedStateBackend(KEYS, 128, range, clock);
    }

    private static KeyedStateHandle checkpoint(KeyedStateBackend backend, long id) throws Exception {
        AsyncSnapshot<KeyedStateSnapshot> snapshot = backend.snapshotAsync(id, false);
        assertThat(snapshot.isDone()).as("the upload is left to the asynchronous part").isFalse();
        KeyedStateSnapshot written = snapshot.complete();
        snapshot.confirm();
        assertThat(written.keyGroups()).isEmpty();
        assertThat(written.handles()).hasSize(1);
        return written.handles().get(0);
    }

    private static Set<Path> paths(KeyedStateHandle handle, boolean sst) {
        return handle.files().stream().filter(file -> file.isShared() == sst).map(StateFile::path).collect(Collectors.toSet());
    }

    @Test
    void aSecondCheckpointAfterSmallChangesUploadsOnlyTheNewSstFile() throws Exception {
        KeyedStateBackend backend = rocksDb(ALL);
        fill(backend, 0, 2_000);
        KeyedStateHandle first = checkpoint(backend, 1);
        assertThat(paths(first, true)).as("the flushed memtables").isNotEmpty();
        assertThat(first.files()).extracting(StateFile::name).contains("CURRENT").anyMatch(name -> name.startsWith("MANIFEST-"));
        assertThat(first.states()).containsOnlyKeys("count", "names", "scores");

        fill(backend, 2_000, 2_010);
        KeyedStateHandle second = checkpoint(backend, 2);
        Set<Path> reused = paths(second, true);
        reused.retainAll(paths(first, true));
        List<StateFile> uploaded = second.files().stream().filter(file -> !reused.contains(file.path())).toList();
        assertThat(reused).as("the first checkpoint's SST files are referenced, not copied").isEqualTo(paths(first, true));
        assertThat(uploaded.stream().filter(StateFile::isShared)).as("one flush: one new SST file per changed state, and one for the list element counter")
                .hasSizeBetween(1, 4);
        assertThat(uploaded.stream().mapToLong(StateFile::length).sum()).as("bytes uploaded by the second checkpoint")
                .isLessThan(paths(first, true).stream().mapToLong(IncrementalCheckpointTest::size).sum() / 4);
        Set<Path> all = paths(first, true);
        all.addAll(paths(first, false));
        all.addAll(paths(second, true));
        all.addAll(paths(second, false));
        try (Stream<Path> files = Files.list(shared())) {
            assertThat(files.collect(Collectors.toSet())).as("nothing else was copied").isEqualTo(all);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void filesOfACheckpointThatNeverCompletedAreUploadedAgain() throws Exception {
        KeyedStateBackend backend = rocksDb(ALL);
        fill(backend, 0, 500);
        KeyedStateHandle first = backend.snapshotAsync(1, false).complete().handles().get(0);
        KeyedStateHandle second = backend.snapshotAsync(2, false).complete().handles().get(0);
        assertThat(paths(second, true)).as("checkpoint 1 was never confirmed").doesNotContainAnyElementsOf(paths(first, true));
    }

    @Test
    void listElementsAddedAfterARestoreFollowTheRestoredOnes() throws Exception {
        KeyedStateBackend backend = rocksDb(ALL);
        ListState<String> names = backend.listState(NAMES);
        backend.setCurrentKey(Row.of(1L));
        for (int i = 0; i < 300; i++) {
            names.add("before" + i);
        }
        KeyedStateHandle handle = checkpoint(backend, 1);

        KeyedStateBackend restored = rocksDb(ALL);
        restored.restore(List.of(handle));
        ListState<String> restoredNames = restored.listState(NAMES);
        restored.setCurrentKey(Row.of(1L));
        restoredNames.add("after");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            expected.add("before" + i);
        }
        expected.add("after");
        assertThat(restoredNames.get()).as("the element counter is restored with the files").isEqualTo(expected);
    }

    @Test
    void theSynchronousPartIsAConsistentCutWhileTheTaskGoesOnWriting() throws Exception {
        KeyedStateBackend backend = rocksDb(ALL);
        fill(backend, 0, 100);
        AsyncSnapshot<KeyedStateSnapshot> snapshot = backend.snapshotAsync(1, false);
        Map<Long, String> atCheckpoint = contents(backend);
        fill(backend, 100, 200);
        backend.setCurrentKey(Row.of(5L));
        backend.valueState(COUNT).update(-1L);
        KeyedStateHandle handle = snapshot.complete().handles().get(0);

        KeyedStateBackend restored = rocksDb(ALL);
        restored.restore(List.of(handle));
        assertThat(contents(restored)).isEqualTo(atCheckpoint);
    }

    @Test
    void aHandleRestoresIntoTheSameRangeAnotherParallelismAndTheHeapIdentically() throws Exception {
        KeyedStateBackend backend = rocksDb(ALL);
        fill(backend, 0, 300);
        clock.advance(10);
        fill(backend, 0, 50);
        KeyedStateHandle handle = checkpoint(backend, 1);
        Map<Integer, byte[]> expected = backend.snapshot();
        Map<Long, String> contents = contents(backend);

        KeyedStateBackend sameRange = rocksDb(ALL);
        sameRange.restore(List.of(handle));
        assertThat(canonical(sameRange.snapshot())).isEqualTo(canonical(expected));
        assertThat(contents(sameRange)).isEqualTo(contents);
        sameRange.setCurrentKey(Row.of(7L));
        sameRange.valueState(COUNT).update(700L);
        assertThat(sameRange.valueState(COUNT).value()).as("the restored database takes writes").isEqualTo(700L);

        Map<Long, String> rescaled = new TreeMap<>();
        Map<Integer, byte[]> rescaledBytes = new TreeMap<>();
        Map<Long, String> onHeap = new TreeMap<>();
        Map<Integer, byte[]> onHeapBytes = new TreeMap<>();
        for (int subtask = 0; subtask < 3; subtask++) {
            KeyGroupRange range = KeyGroupAssignment.rangeForSubtask(128, 3, subtask);
            KeyedStateBackend part = rocksDb(range);
            part.restore(List.of(handle));
            rescaledBytes.putAll(part.snapshot());
            rescaled.putAll(contents(part));
            KeyedStateBackend heap = heap(range);
            heap.restore(List.of(handle));
            onHeapBytes.putAll(heap.snapshot());
            onHeap.putAll(contents(heap));
        }
        assertThat(rescaled).isEqualTo(contents);
        assertThat(onHeap).isEqualTo(contents);
        assertThat(canonical(rescaledBytes)).isEqualTo(canonical(expected));
        assertThat(onHeapBytes.keySet()).isEqualTo(expected.keySet());
    }

    @Test
    void aCanonicalSnapshotIsReadOutOfTheNativeCheckpointOnTheAsynchronousPart() throws Exception {
        KeyedStateBackend backend = rocksDb(ALL);
        fill(backend, 0, 200);
        Map<Integer, byte[]> expected = backend.snapshot();
        AsyncSnapshot<KeyedStateSnapshot> snapshot = backend.snapshotAsync(1, true);
        fill(backend, 200, 300);
        KeyedStateSnapshot written = snapshot.complete();
        assertThat(written.handles()).isEmpty();
        assertThat(canonical(written.keyGroups())).isEqualTo(canonical(expected));
        try (Stream<Path> files = Files.exists(shared()) ? Files.list(shared()) : Stream.empty()) {
            assertThat(files).as("savepoints upload nothing").isEmpty();
        }
    }

    @Test
    void aTruncatedSharedFileIsRejectedOnRestoreWithAClearError() throws Exception {
        KeyedStateBackend backend = rocksDb(ALL);
        fill(backend, 0, 300);
        KeyedStateHandle handle = checkpoint(backend, 1);
        StateFile sst = handle.files().stream().filter(StateFile::isShared).findFirst().orElseThrow();
        try (FileChannel channel = FileChannel.open(sst.path(), StandardOpenOption.WRITE)) {
            channel.truncate(sst.length() / 2);
        }
        assertThatThrownBy(() -> RocksDbCheckpointFiles.checkPresent(handle))
                .hasMessage("its file " + sst.path() + " is truncated (" + sst.length() / 2 + " of " + sst.length() + " bytes)");
        KeyedStateBackend sameRange = rocksDb(ALL);
        assertThatThrownBy(() -> sameRange.restore(List.of(handle)))
                .hasMessage("cannot restore RocksDB state from checkpoint 1: checkpoint 1 is damaged: its file " + sst.path()
                        + " is truncated (" + sst.length() / 2 + " of " + sst.length() + " bytes)");
        KeyedStateBackend heap = heap(ALL);
        assertThatThrownBy(() -> heap.restore(List.of(handle))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("is truncated");
        Files.delete(sst.path());
        assertThatThrownBy(() -> RocksDbCheckpointFiles.checkPresent(handle)).hasMessage("its file " + sst.path() + " is missing");
    }

    @Test
    void aHandleThatDoesNotFitIsRefusedInOneLine() throws Exception {
        KeyedStateBackend backend = rocksDb(ALL);
        fill(backend, 0, 50);
        KeyedStateHandle handle = checkpoint(backend, 3);
        KeyedStateBackend restored = rocksDb(ALL);
        restored.restore(List.of(handle));
        assertThatThrownBy(() -> restored.listState(StateDescriptor.list("count", Serializers.LONG)))
                .hasMessage("state 'count' was checkpointed as VALUE state, not as LIST state");

        KeyedStateHandle wider = new KeyedStateHandle(3, KeyGroupRange.of(0, 255), handle.states(), handle.files());
        assertThatThrownBy(() -> rocksDb(ALL).restore(List.of(wider)))
                .hasMessage("checkpoint 3 holds key groups [0, 255] but the max parallelism is 128; "
                        + "keep 'pipeline.max-parallelism' as it was when it was taken");
        assertThatThrownBy(() -> heap(ALL).restore(List.of(wider)))
                .hasMessage("checkpoint 3 holds key groups [0, 255] but the max parallelism is 128; "
                        + "keep 'pipeline.max-parallelism' as it was when it was taken");
    }

    private static Map<Integer, String> canonical(Map<Integer, byte[]> groups) {
        Map<Integer, String> text = new TreeMap<>();
        groups.forEach((group, bytes) -> text.put(group, java.util.HexFormat.of().formatHex(bytes)));
        return text;
    }
}

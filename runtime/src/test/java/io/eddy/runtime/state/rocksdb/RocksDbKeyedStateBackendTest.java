package io.eddy.runtime.state.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.state.HeapKeyedStateBackend;
import io.eddy.runtime.state.KeyGroupAssignment;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.ListState;
import io.eddy.runtime.state.MapState;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.StateTtl;
import io.eddy.runtime.state.ValueState;
import io.eddy.runtime.time.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksDbKeyedStateBackendTest {

    private static final RowSchema KEYS = RowSchema.of("id", FieldType.BIGINT);
    private static final StateDescriptor<Void, Long> COUNT = StateDescriptor.value("count", Serializers.LONG);
    private static final StateDescriptor<Void, String> NAMES = StateDescriptor.list("names", Serializers.STRING);
    private static final StateDescriptor<String, Long> SCORES = StateDescriptor.map("scores", Serializers.STRING, Serializers.LONG);

    private final ManualClock clock = new ManualClock(1_000);
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

    private KeyedStateBackend rocks(int parallelism, int subtask) {
        if (factory == null) {
            factory = new RocksDbStateBackendFactory(directory, 8 << 20);
        }
        KeyedStateBackend backend = factory.create(KEYS, 128, KeyGroupAssignment.rangeForSubtask(128, parallelism, subtask), clock);
        opened.add(backend);
        return backend;
    }

    private KeyedStateBackend heap(int parallelism, int subtask) {
        return new HeapKeyedStateBackend(KEYS, 128, KeyGroupAssignment.rangeForSubtask(128, parallelism, subtask), clock);
    }

    @Test
    void stateIsScopedToTheCurrentKey() {
        KeyedStateBackend backend = rocks(1, 0);
        ValueState<Long> count = backend.valueState(COUNT);
        ListState<String> names = backend.listState(NAMES);
        MapState<String, Long> scores = backend.mapState(SCORES);
        backend.setCurrentKey(Row.of(1L));
        count.update(10L);
        names.add("a");
        names.add("b");
        scores.put("x", 1L);
        scores.put("bb", 3L);
        scores.put("c", 2L);
        backend.setCurrentKey(Row.of(2L));
        assertThat(count.value()).isNull();
        assertThat(names.get()).isEmpty();
        assertThat(scores.isEmpty()).isTrue();
        scores.put("y", 2L);
        backend.setCurrentKey(Row.of(1L));
        assertThat(count.value()).isEqualTo(10L);
        assertThat(names.get()).containsExactly("a", "b");
        assertThat(scores.get("x")).isEqualTo(1L);
        assertThat(scores.contains("y")).isFalse();
        assertThat(scores.entries()).extracting(Map.Entry::getKey).as("map-key order").containsExactly("bb", "c", "x");
        names.update(List.of("z"));
        assertThat(names.get()).containsExactly("z");
        scores.remove("x");
        scores.clear();
        assertThat(scores.isEmpty()).isTrue();
        count.update(null);
        assertThat(count.value()).isNull();
        backend.setCurrentKey(Row.of(2L));
        assertThat(scores.get("y")).as("clearing one key's map leaves the others").isEqualTo(2L);
        assertThat(backend.valueState(COUNT)).isSameAs(count);
    }

    @Test
    void ttlExpiresAfterWriteLazilyAndOnSnapshot() {
        KeyedStateBackend backend = rocks(1, 0);
        StateTtl ttl = StateTtl.of(Duration.ofSeconds(10));
        ValueState<Long> count = backend.valueState(COUNT.withTtl(ttl));
        MapState<String, Long> scores = backend.mapState(SCORES.withTtl(ttl));
        ListState<String> names = backend.listState(NAMES.withTtl(ttl));
        backend.setCurrentKey(Row.of(1L));
        count.update(1L);
        scores.put("old", 1L);
        names.add("old");
        clock.advance(6_000);
        assertThat(count.value()).as("reads do not extend the TTL").isEqualTo(1L);
        scores.put("new", 2L);
        names.add("new");
        clock.advance(4_000);
        assertThat(count.value()).isNull();
        assertThat(scores.get("old")).isNull();
        assertThat(scores.entries()).extracting(Map.Entry::getKey).containsExactly("new");
        assertThat(names.get()).containsExactly("new");

        backend.setCurrentKey(Row.of(2L));
        count.update(5L);
        names.add("two");
        clock.advance(10_000);
        assertThat(keys(backend, "count")).containsExactly(2L);
        Map<Integer, byte[]> snapshot = backend.snapshot();
        assertThat(snapshot).as("everything expired; nothing is written").isEmpty();
        assertThat(keys(backend, "count")).as("snapshot deletes expired entries").isEmpty();
        assertThat(keys(backend, "names")).isEmpty();
        assertThat(keys(backend, "scores")).isEmpty();
    }

    @Test
    void heapSnapshotsRestoreIntoRocksDbAndBack() {
        KeyedStateBackend heap = heap(1, 0);
        fill(heap, 0, 60);
        Map<Integer, byte[]> heapSnapshot = heap.snapshot();

        KeyedStateBackend rocks = rocks(1, 0);
        rocks.restore(heapSnapshot);
        assertThat(contents(rocks)).isEqualTo(contents(heap)).hasSize(60);
        Map<Integer, byte[]> rocksSnapshot = rocks.snapshot();
        assertThat(rocksSnapshot.keySet()).isEqualTo(heapSnapshot.keySet());

        KeyedStateBackend heapAgain = heap(1, 0);
        heapAgain.restore(rocksSnapshot);
        assertThat(contents(heapAgain)).isEqualTo(contents(heap));

        KeyedStateBackend rocksAgain = rocks(1, 0);
        rocksAgain.restore(heapAgain.snapshot());
        assertThat(contents(rocksAgain)).as("registering the states loads them into RocksDB").isEqualTo(contents(heap));
        Map<Integer, byte[]> again = rocksAgain.snapshot();
        assertThat(again.keySet()).isEqualTo(rocksSnapshot.keySet());
        again.forEach((group, bytes) -> assertThat(bytes).as("key group %s is canonical", group).isEqualTo(rocksSnapshot.get(group)));
    }

    @Test
    void snapshotRedistributesFromTwoSubtasksToThree() {
        List<Map<Integer, byte[]>> snapshots = new ArrayList<>();
        Map<Long, String> expected = new TreeMap<>();
        for (int subtask = 0; subtask < 2; subtask++) {
            KeyedStateBackend backend = rocks(2, subtask);
            fill(backend, 0, 200);
            expected.putAll(contents(backend));
            snapshots.add(backend.snapshot());
        }
        assertThat(expected).hasSize(200);
        Map<Long, String> found = new TreeMap<>();
        for (int subtask = 0; subtask < 3; subtask++) {
            KeyedStateBackend backend = rocks(3, subtask);
            snapshots.forEach(backend::restore);
            Map<Long, String> part = contents(backend);
            part.keySet().forEach(id -> assertThat(found).as("key %s restored twice", id).doesNotContainKey(id));
            found.putAll(part);
        }
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void stateRestoredBeforeItIsRegisteredSurvivesAnotherSnapshot() {
        KeyedStateBackend first = rocks(1, 0);
        first.setCurrentKey(Row.of(1L));
        first.valueState(COUNT).update(3L);
        KeyedStateBackend second = rocks(1, 0);
        second.restore(first.snapshot());
        KeyedStateBackend third = heap(1, 0);
        third.restore(second.snapshot());
        third.setCurrentKey(Row.of(1L));
        assertThat(third.valueState(COUNT).value()).isEqualTo(3L);
    }

    @Test
    void closeReleasesEverythingAndDeletesTheDirectory() throws Exception {
        RocksDbKeyedStateBackend backend = (RocksDbKeyedStateBackend) rocks(1, 0);
        fill(backend, 0, 20);
        assertThat(backend.directory()).isDirectory();
        assertThat(factory.openInstances()).isEqualTo(1);
        backend.close();
        backend.close();
        assertThat(backend.directory()).doesNotExist();
        assertThat(factory.openInstances()).isZero();
        try (Stream<Path> left = Files.list(directory)) {
            assertThat(left).isEmpty();
        }
        assertThatThrownBy(backend::snapshot).hasMessageContaining("the RocksDB state backend in " + backend.directory() + " is closed");
    }

    @Test
    void misuseFailsClearly() {
        KeyedStateBackend backend = rocks(2, 0);
        ValueState<Long> count = backend.valueState(COUNT);
        assertThatThrownBy(count::value).hasMessageContaining("no current key set before accessing VALUE state 'count'");
        Row foreign = null;
        for (long id = 0; foreign == null; id++) {
            if (!backend.keyGroupRange().contains(KeyGroupAssignment.keyGroupFor(Row.of(id), 128))) {
                foreign = Row.of(id);
            }
        }
        Row key = foreign;
        assertThatThrownBy(() -> backend.setCurrentKey(key)).hasMessageContaining("outside this subtask's key groups [0, 63]");
        assertThatThrownBy(() -> backend.listState(StateDescriptor.list("count", Serializers.LONG)))
                .hasMessageContaining("state 'count' already exists as VALUE state 'count'");
        assertThatThrownBy(() -> new RocksDbStateBackendFactory(directory, 0))
                .hasMessageContaining("RocksDB memory budget must be positive: 0");
    }

    /** Writes value, list and map state for the keys in [from, to) this backend owns. */
    private static void fill(KeyedStateBackend backend, long from, long to) {
        ValueState<Long> count = backend.valueState(COUNT);
        ListState<String> names = backend.listState(NAMES);
        MapState<String, Long> scores = backend.mapState(SCORES);
        for (long id = from; id < to; id++) {
            Row key = Row.of(id);
            if (backend.keyGroupRange().contains(KeyGroupAssignment.keyGroupFor(key, 128))) {
                backend.setCurrentKey(key);
                count.update(id * 10);
                names.add("n" + id);
                names.add("m" + id);
                scores.put("s" + id, id);
                scores.put("t" + id, -id);
            }
        }
    }

    /** Every key's value, list and map state as text, for comparing backends. */
    private static Map<Long, String> contents(KeyedStateBackend backend) {
        ValueState<Long> count = backend.valueState(COUNT);
        ListState<String> names = backend.listState(NAMES);
        MapState<String, Long> scores = backend.mapState(SCORES);
        Map<Long, String> contents = new TreeMap<>();
        backend.forEachKey("count", () -> contents.put(backend.currentKey().getLong(0),
                count.value() + " " + names.get() + " " + scores.entries()));
        return contents;
    }

    private static List<Long> keys(KeyedStateBackend backend, String state) {
        List<Long> keys = new ArrayList<>();
        backend.forEachKey(state, () -> keys.add(backend.currentKey().getLong(0)));
        return keys;
    }
}

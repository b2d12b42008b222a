package io.eddy.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.time.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeapKeyedStateBackendTest {

    private static final RowSchema KEYS = RowSchema.of("id", FieldType.BIGINT);
    private static final StateDescriptor<Void, Long> COUNT = StateDescriptor.value("count", Serializers.LONG);
    private static final StateDescriptor<Void, String> NAMES = StateDescriptor.list("names", Serializers.STRING);
    private static final StateDescriptor<String, Long> SCORES = StateDescriptor.map("scores", Serializers.STRING, Serializers.LONG);

    private final ManualClock clock = new ManualClock(1_000);

    private HeapKeyedStateBackend backend(int parallelism, int subtask) {
        return new HeapKeyedStateBackend(KEYS, 128, KeyGroupAssignment.rangeForSubtask(128, parallelism, subtask), clock);
    }

    @Test
    void stateIsScopedToTheCurrentKey() {
        HeapKeyedStateBackend backend = backend(1, 0);
        ValueState<Long> count = backend.valueState(COUNT);
        ListState<String> names = backend.listState(NAMES);
        MapState<String, Long> scores = backend.mapState(SCORES);
        backend.setCurrentKey(Row.of(1L));
        count.update(10L);
        names.add("a");
        names.add("b");
        scores.put("x", 1L);
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
        scores.remove("x");
        assertThat(scores.isEmpty()).isTrue();
        assertThat(backend.valueState(COUNT)).isSameAs(count);
    }

    @Test
    void reusedKeyObjectsDoNotCorruptState() {
        HeapKeyedStateBackend backend = backend(1, 0);
        ValueState<Long> count = backend.valueState(COUNT);
        Row key = Row.of(1L);
        backend.setCurrentKey(key);
        count.update(1L);
        key.setLong(0, 2L);
        backend.setCurrentKey(key);
        count.update(2L);
        assertThat(backend.numberOfKeys("count")).isEqualTo(2);
    }

    @Test
    void ttlExpiresAfterWriteLazilyAndOnSnapshot() {
        HeapKeyedStateBackend backend = backend(1, 0);
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
        assertThat(scores.get("new")).isEqualTo(2L);
        assertThat(names.get()).containsExactly("new");

        backend.setCurrentKey(Row.of(2L));
        count.update(5L);
        clock.advance(10_000);
        assertThat(backend.numberOfKeys("count")).isEqualTo(1);
        Map<Integer, byte[]> snapshot = backend.snapshot();
        assertThat(backend.numberOfKeys("count")).as("snapshot cleans expired entries").isZero();
        HeapKeyedStateBackend restored = backend(1, 0);
        restored.restore(snapshot);
        restored.valueState(COUNT.withTtl(ttl));
        assertThat(restored.numberOfKeys("count")).isZero();
    }

    @Test
    void snapshotRedistributesFromTwoSubtasksToThree() {
        Map<Long, Long> expected = new HashMap<>();
        List<Map<Integer, byte[]>> snapshots = new ArrayList<>();
        for (int subtask = 0; subtask < 2; subtask++) {
            HeapKeyedStateBackend backend = backend(2, subtask);
            ValueState<Long> count = backend.valueState(COUNT);
            MapState<String, Long> scores = backend.mapState(SCORES);
            for (long id = 0; id < 200; id++) {
                Row key = Row.of(id);
                int group = KeyGroupAssignment.keyGroupFor(key, 128);
                if (backend.keyGroupRange().contains(group)) {
                    backend.setCurrentKey(key);
                    count.update(id * 10);
                    scores.put("s" + id, id);
                    expected.put(id, id * 10);
                }
            }
            snapshots.add(backend.snapshot());
        }
        assertThat(expected).hasSize(200);
        Map<Long, Long> found = new HashMap<>();
        for (int subtask = 0; subtask < 3; subtask++) {
            HeapKeyedStateBackend backend = backend(3, subtask);
            snapshots.forEach(backend::restore);
            ValueState<Long> count = backend.valueState(COUNT);
            MapState<String, Long> scores = backend.mapState(SCORES);
            backend.forEachKey("count", () -> {
                long id = backend.currentKey().getLong(0);
                assertThat(found.put(id, count.value())).as("key %s restored twice", id).isNull();
                assertThat(scores.get("s" + id)).isEqualTo(id);
            });
        }
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void stateRestoredBeforeItIsRegisteredSurvivesAnotherSnapshot() {
        HeapKeyedStateBackend first = backend(1, 0);
        first.setCurrentKey(Row.of(1L));
        first.valueState(COUNT).update(3L);
        HeapKeyedStateBackend second = backend(1, 0);
        second.restore(first.snapshot());
        HeapKeyedStateBackend third = backend(1, 0);
        third.restore(second.snapshot());
        third.setCurrentKey(Row.of(1L));
        assertThat(third.valueState(COUNT).value()).isEqualTo(3L);
    }

    @Test
    void misuseFailsClearly() {
        HeapKeyedStateBackend backend = backend(2, 0);
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
    }
}

package io.eddy.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.time.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The behaviour every keyed state backend must show; each backend's test class extends it. */
public abstract class KeyedStateBackendContract {

    public static final RowSchema KEYS = RowSchema.of("id", FieldType.BIGINT);
    public static final StateDescriptor<Void, Long> COUNT = StateDescriptor.value("count", Serializers.LONG);
    public static final StateDescriptor<Void, String> NAMES = StateDescriptor.list("names", Serializers.STRING);
    public static final StateDescriptor<String, Long> SCORES = StateDescriptor.map("scores", Serializers.STRING, Serializers.LONG);

    protected final ManualClock clock = new ManualClock(1_000);

    /** A backend of the tested kind for one subtask of 128 key groups. */
    protected abstract KeyedStateBackend backend(int parallelism, int subtask);

    @Test
    void stateIsScopedToTheCurrentKey() {
        KeyedStateBackend backend = backend(1, 0);
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
        KeyedStateBackend backend = backend(1, 0);
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
        assertThat(backend.snapshot()).as("everything expired; nothing is written").isEmpty();
        assertThat(keys(backend, "count")).as("snapshot deletes expired entries").isEmpty();
        assertThat(keys(backend, "names")).isEmpty();
        assertThat(keys(backend, "scores")).isEmpty();
    }

    @Test
    void forEachVisitsWhatGetAndEntriesReturnWithoutExpiredElements() {
        StateTtl ttl = StateTtl.of(Duration.ofSeconds(10));
        for (boolean expiring : new boolean[] {false, true}) {
            KeyedStateBackend backend = backend(1, 0);
            ListState<String> names = backend.listState(expiring ? NAMES.withTtl(ttl) : NAMES);
            MapState<String, Long> scores = backend.mapState(expiring ? SCORES.withTtl(ttl) : SCORES);
            backend.setCurrentKey(Row.of(expiring ? 2L : 1L));
            List<String> visited = new ArrayList<>();
            names.forEach(visited::add);
            scores.forEach((name, score) -> visited.add(name + "=" + score));
            assertThat(visited).as("nothing held yet").isEmpty();
            names.add("old");
            scores.put("old", 1L);
            clock.advance(6_000);
            names.add("b");
            names.add("a");
            scores.put("y", 2L);
            scores.put("x", 3L);
            clock.advance(4_000);
            names.forEach(visited::add);
            assertThat(visited).isEqualTo(names.get())
                    .isEqualTo(expiring ? List.of("b", "a") : List.of("old", "b", "a"));
            visited.clear();
            scores.forEach((name, score) -> visited.add(name + "=" + score));
            assertThat(visited).as("the order of entries(): map-key order for comparable keys")
                    .isEqualTo(expiring ? List.of("x=3", "y=2") : List.of("old=1", "x=3", "y=2"));
            assertThat(scores.isEmpty()).isFalse();
            clock.advance(10_000);
            visited.clear();
            names.forEach(visited::add);
            scores.forEach((name, score) -> visited.add(name + "=" + score));
            assertThat(visited).as("everything expired, or nothing expires")
                    .isEqualTo(expiring ? List.of() : List.of("old", "b", "a", "old=1", "x=3", "y=2"));
            assertThat(scores.isEmpty()).isEqualTo(expiring);
        }
    }

    @Test
    void aListKeptSerializedReadsAndSnapshotsAsAnyOther() {
        RowSchema schema = RowSchema.of("id", FieldType.BIGINT, "name", FieldType.STRING);
        StateDescriptor<Void, Row> asObjects = StateDescriptor.list("rows", new RowSerializer(schema));
        StateDescriptor<Void, Row> serialized = asObjects.withValuesSerializedOnHeap();
        KeyedStateBackend backend = backend(1, 0);
        ListState<Row> rows = backend.listState(serialized);
        backend.setCurrentKey(Row.of(1L));
        Row first = Row.withValues(RowKind.INSERT, schema, 1L, "a");
        rows.add(first);
        rows.add(Row.withValues(RowKind.INSERT, schema, 2L, null));
        first.setString(1, "changed");
        List<Row> expected = List.of(Row.withValues(RowKind.INSERT, schema, 1L, "a"), Row.withValues(RowKind.INSERT, schema, 2L, null));
        assertThat(rows.get()).as("the state keeps what was added, not the caller's row").isEqualTo(expected);
        List<Row> visited = new ArrayList<>();
        rows.forEach(visited::add);
        assertThat(visited).isEqualTo(expected);

        Map<Integer, byte[]> snapshot = backend.snapshot();
        for (StateDescriptor<Void, Row> descriptor : List.of(asObjects, serialized)) {
            KeyedStateBackend restored = backend(1, 0);
            restored.restore(snapshot);
            restored.setCurrentKey(Row.of(1L));
            assertThat(restored.listState(descriptor).get()).isEqualTo(expected);
            assertThat(restored.snapshot()).as("the same bytes whichever way the heap holds the rows")
                    .allSatisfy((keyGroup, bytes) -> assertThat(bytes).isEqualTo(snapshot.get(keyGroup)));
        }
        assertThatThrownBy(() -> COUNT.withValuesSerializedOnHeap()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only list and map state");
    }

    @Test
    void aMapKeptSerializedReadsExpiresAndSnapshotsAsAnyOther() {
        StateTtl ttl = StateTtl.of(Duration.ofSeconds(10));
        for (StateDescriptor<String, Long> asObjects : List.of(SCORES, SCORES.withTtl(ttl))) {
            KeyedStateBackend backend = backend(1, 0);
            MapState<String, Long> scores = backend.mapState(asObjects.withValuesSerializedOnHeap());
            backend.setCurrentKey(Row.of(1L));
            scores.put("b", 2L);
            scores.put("a", 1L);
            clock.advance(6_000);
            scores.put("b", 20L);
            scores.put("c", 3L);
            assertThat(scores.get("b")).isEqualTo(20L);
            List<String> visited = new ArrayList<>();
            scores.forEach((name, score) -> visited.add(name + "=" + score));
            assertThat(visited).containsExactly("a=1", "b=20", "c=3");

            Map<Integer, byte[]> snapshot = backend.snapshot();
            KeyedStateBackend restored = backend(1, 0);
            restored.restore(snapshot);
            restored.setCurrentKey(Row.of(1L));
            assertThat(restored.mapState(asObjects).entries()).extracting(Map.Entry::getKey).containsExactly("a", "b", "c");
            assertThat(restored.snapshot()).as("the same bytes whichever way the heap holds the values")
                    .allSatisfy((keyGroup, bytes) -> assertThat(bytes).isEqualTo(snapshot.get(keyGroup)));
            clock.advance(4_000);
            boolean expiring = asObjects.ttl().isEnabled();
            assertThat(scores.get("a")).as("written 10 s ago").isEqualTo(expiring ? null : 1L);
            assertThat(scores.get("b")).isEqualTo(20L);
        }
    }

    @Test
    void valuesAreReplacedWhetherOrNotTheyExpire() {
        StateTtl ttl = StateTtl.of(Duration.ofSeconds(10));
        for (boolean expiring : new boolean[] {false, true}) {
            KeyedStateBackend backend = backend(1, 0);
            ValueState<Long> count = backend.valueState(expiring ? COUNT.withTtl(ttl) : COUNT);
            Row key = Row.of(1L);
            backend.setCurrentKey(key);
            count.update(1L);
            count.update(count.value() + 1);
            key.setLong(0, 2L);  // a reused key row: the state kept its own copy
            backend.setCurrentKey(key);
            assertThat(count.value()).isNull();
            count.update(20L);
            backend.setCurrentKey(Row.of(1L));
            count.update(count.value() + 1);
            assertThat(count.value()).isEqualTo(3L);
            clock.advance(6_000);
            backend.setCurrentKey(Row.of(2L));
            assertThat(count.value()).isEqualTo(20L);
            count.update(21L);
            clock.advance(4_000);
            assertThat(count.value()).as("written 4 s ago").isEqualTo(21L);
            backend.setCurrentKey(Row.of(1L));
            assertThat(count.value()).as("written 10 s ago, expiring=%s", expiring).isEqualTo(expiring ? null : 3L);
            assertThat(keys(backend, "count")).containsExactlyInAnyOrder(expiring ? new Long[] {2L} : new Long[] {1L, 2L});
        }
    }

    @Test
    void aLongListKeepsItsOrderThroughUpdatesExpiryAndRestores() {
        KeyedStateBackend backend = backend(1, 0);
        ListState<String> names = backend.listState(NAMES.withTtl(StateTtl.of(Duration.ofSeconds(10))));
        backend.setCurrentKey(Row.of(7L));
        names.update(List.of("a", "b"));
        List<String> expected = new ArrayList<>(List.of("a", "b"));
        for (int i = 0; i < 1_000; i++) {
            names.add("n" + i);
            expected.add("n" + i);
        }
        assertThat(names.get()).isEqualTo(expected);
        clock.advance(6_000);
        for (int i = 0; i < 500; i++) {
            names.add("late" + i);
        }
        clock.advance(4_000);
        List<String> late = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            late.add("late" + i);
        }
        assertThat(names.get()).as("the elements written 10 s ago expired, the later ones are kept in order").isEqualTo(late);
        names.add("last");
        late.add("last");

        KeyedStateBackend restored = backend(1, 0);
        restored.restore(backend.snapshot());
        restored.setCurrentKey(Row.of(7L));
        ListState<String> restoredNames = restored.listState(NAMES.withTtl(StateTtl.of(Duration.ofSeconds(10))));
        assertThat(restoredNames.get()).isEqualTo(late);
        restoredNames.add("after restore");
        late.add("after restore");
        assertThat(restoredNames.get()).isEqualTo(late);
    }

    @Test
    void snapshotRedistributesFromTwoSubtasksToThree() {
        List<Map<Integer, byte[]>> snapshots = new ArrayList<>();
        Map<Long, String> expected = new TreeMap<>();
        for (int subtask = 0; subtask < 2; subtask++) {
            KeyedStateBackend backend = backend(2, subtask);
            fill(backend, 0, 200);
            expected.putAll(contents(backend));
            snapshots.add(backend.snapshot());
        }
        assertThat(expected).hasSize(200);
        Map<Long, String> found = new TreeMap<>();
        for (int subtask = 0; subtask < 3; subtask++) {
            KeyedStateBackend backend = backend(3, subtask);
            snapshots.forEach(backend::restore);
            Map<Long, String> part = contents(backend);
            part.keySet().forEach(id -> assertThat(found).as("key %s restored twice", id).doesNotContainKey(id));
            found.putAll(part);
        }
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void stateRestoredBeforeItIsRegisteredSurvivesAnotherSnapshot() {
        KeyedStateBackend first = backend(1, 0);
        first.setCurrentKey(Row.of(1L));
        first.valueState(COUNT).update(3L);
        KeyedStateBackend second = backend(1, 0);
        second.restore(first.snapshot());
        KeyedStateBackend third = backend(1, 0);
        third.restore(second.snapshot());
        third.setCurrentKey(Row.of(1L));
        assertThat(third.valueState(COUNT).value()).isEqualTo(3L);
    }

    @Test
    void misuseFailsClearly() {
        KeyedStateBackend backend = backend(2, 0);
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

    /** Writes value, list and map state for the keys in [from, to) this backend owns. */
    public static void fill(KeyedStateBackend backend, long from, long to) {
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
    public static Map<Long, String> contents(KeyedStateBackend backend) {
        ValueState<Long> count = backend.valueState(COUNT);
        ListState<String> names = backend.listState(NAMES);
        MapState<String, Long> scores = backend.mapState(SCORES);
        Map<Long, String> contents = new TreeMap<>();
        backend.forEachKey("count", () -> contents.put(backend.currentKey().getLong(0),
                count.value() + " " + names.get() + " " + scores.entries()));
        return contents;
    }

    /** The keys with an entry in one state. */
    public static List<Long> keys(KeyedStateBackend backend, String state) {
        List<Long> keys = new ArrayList<>();
        backend.forEachKey(state, () -> keys.add(backend.currentKey().getLong(0)));
        return keys;
    }
}

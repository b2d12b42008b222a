package io.eddy.runtime.state.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.runtime.data.BinaryOutput;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSerializer;
import io.eddy.runtime.data.Serializers;
import io.eddy.runtime.state.AsyncSnapshot;
import io.eddy.runtime.state.HeapKeyedStateBackend;
import io.eddy.runtime.state.HeapTimerQueue;
import io.eddy.runtime.state.KeyGroupAssignment;
import io.eddy.runtime.state.KeyedStateBackend;
import io.eddy.runtime.state.KeyedStateSnapshot;
import io.eddy.runtime.state.StateDescriptor;
import io.eddy.runtime.state.TimerQueue;
import io.eddy.runtime.state.TimerQueueContract;
import io.eddy.runtime.time.KeyedTimerService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

/** The timer-queue contract on RocksDB (with a cache of 3 timers per key group, so refills happen), and what only RocksDB does. */
class RocksDbTimerQueueTest extends TimerQueueContract {

    @TempDir
    Path directory;

    @TempDir
    Path checkpoints;

    private final List<KeyedStateBackend> opened = new ArrayList<>();
    private RocksDbStateBackendFactory factory;

    @AfterEach
    void closeAll() {
        opened.forEach(KeyedStateBackend::close);
        if (factory != null) {
            assertThat(factory.openInstances()).isZero();
        }
    }

    @Override
    protected KeyedStateBackend backend(int parallelism, int subtask) {
        if (factory == null) {
            factory = new RocksDbStateBackendFactory(directory, 8 << 20, checkpoints.resolve("shared"), true);
        }
        KeyedStateBackend backend = factory.create(KEYS, 128, KeyGroupAssignment.rangeForSubtask(128, parallelism, subtask), clock);
        opened.add(backend);
        return backend;
    }

    @Override
    protected TimerQueue queue(KeyedStateBackend backend) {
        return ((RocksDbKeyedStateBackend) backend).createTimerQueue("event", 3);
    }

    /** Timers of the same time fire by serialized key, then namespace, as the RocksDB keys sort. */
    @Override
    protected Comparator<Expected> sameTimeOrder() {
        RowSerializer serializer = new RowSerializer(KEYS);
        Comparator<Expected> byKey = (first, second) -> Arrays.compareUnsigned(bytes(serializer, first.key()), bytes(serializer, second.key()));
        return byKey.thenComparingLong(Expected::namespace);
    }

    private static byte[] bytes(RowSerializer serializer, long key) {
        BinaryOutput output = new BinaryOutput();
        serializer.serialize(Row.of(key), output);
        return output.toByteArray();
    }

    @Override
    protected boolean firesTiesInRegistrationOrder() {
        return false;
    }

    /** A timer past a key group's cache is written without a read, so adding it again answers true (still keeping one). */
    @Override
    protected boolean tellsEveryDuplicate() {
        return false;
    }

    private KeyedStateBackend heap(int parallelism, int subtask) {
        return new HeapKeyedStateBackend(KEYS, 128, KeyGroupAssignment.rangeForSubtask(128, parallelism, subtask), clock);
    }

    @Test
    void keepsTimersInRocksDbByDefaultAndOnTheHeapWhenAsked() {
        KeyedStateBackend rocks = backend(1, 0);
        try (TimerQueue queue = rocks.createTimerQueue("event")) {
            assertThat(queue).isInstanceOf(RocksDbTimerQueue.class);
        }
        try (KeyedStateBackend heapTimers = new RocksDbStateBackendFactory(directory, 8 << 20, null, false, false)
                .create(KEYS, 128, KeyGroupAssignment.rangeForSubtask(128, 1, 0), clock);
             TimerQueue queue = heapTimers.createTimerQueue("event")) {
            assertThat(queue).isInstanceOf(HeapTimerQueue.class);
        }
    }

    @Test
    void statesCannotTakeTheNamesOfTimerColumnFamilies() {
        KeyedStateBackend backend = backend(1, 0);
        assertThatThrownBy(() -> backend.valueState(StateDescriptor.value("$timers-event", Serializers.LONG)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("state name '$timers-event' is reserved for timers (it starts with $timers-)");
    }

    @Test
    void rocksDbTimersRestoreIntoTheHeapAndBack() throws Exception {
        List<String> expected = new ArrayList<>();
        Map<Integer, byte[]> fromRocks;
        KeyedStateBackend rocks = backend(1, 0);
        try (KeyedTimerService service = service(rocks, clock, expected)) {
            register(rocks, service, 250);
            fromRocks = service.snapshot();
            fireAll(service);
        }
        List<String> onHeap = new ArrayList<>();
        Map<Integer, byte[]> fromHeap;
        for (int subtask = 0; subtask < 2; subtask++) {
            KeyedStateBackend heap = heap(2, subtask);
            KeyedTimerService service = service(heap, clock, onHeap);
            service.restore(fromRocks);
            assertThat(service.snapshot()).as("the heap writes what RocksDB wrote").containsOnlyKeys(
                    fromRocks.keySet().stream().filter(heap.keyGroupRange()::contains).toList());
        }
        KeyedStateBackend heap = heap(1, 0);
        try (KeyedTimerService service = service(heap, clock, onHeap)) {
            service.restore(fromRocks);
            fromHeap = service.snapshot();
            assertThat(fromHeap.keySet()).isEqualTo(fromRocks.keySet());
            fromHeap.forEach((group, bytes) -> assertThat(bytes).as("key group %s", group).isEqualTo(fromRocks.get(group)));
            fireAll(service);
        }
        assertThat(tiesSorted(onHeap)).as("the heap fires ties in registration order, RocksDB by key").isEqualTo(tiesSorted(expected));
        List<String> back = new ArrayList<>();
        KeyedStateBackend rocksAgain = backend(1, 0);
        try (KeyedTimerService service = service(rocksAgain, clock, back)) {
            service.restore(fromHeap);
            fireAll(service);
        }
        assertThat(back).isEqualTo(expected);
    }

    @Test
    void timersCarriedByAnIncrementalCheckpointAreNotRestoredTwice() throws Exception {
        KeyedStateBackend original = backend(1, 0);
        Map<Integer, byte[]> timers;
        KeyedStateSnapshot written;
        try (KeyedTimerService service = service(original, clock, new ArrayList<>())) {
            register(original, service, 100);
            AsyncSnapshot<KeyedStateSnapshot> snapshot = original.snapshotAsync(1, false);
            timers = service.snapshot();
            written = snapshot.complete();
            snapshot.confirm();
        }
        assertThat(written.handles()).hasSize(1);
        assertThat(written.handles().get(0).states()).as("timers are not states").isEmpty();

        KeyedStateBackend restoredBackend = backend(1, 0);
        restoredBackend.restore(written.handles());
        try (Options options = new Options()) {
            List<String> columns = RocksDB.listColumnFamilies(options, ((RocksDbKeyedStateBackend) restoredBackend).directory().toString())
                    .stream().map(String::new).toList();
            assertThat(columns).as("the checkpoint's timer column families are dropped").noneMatch(name -> name.startsWith("$timers-"));
        }
        List<String> fired = new ArrayList<>();
        try (KeyedTimerService restored = service(restoredBackend, clock, fired)) {
            restored.restore(timers);
            assertThat(restored.numberOfEventTimeTimers()).isEqualTo(100);
            fireAll(restored);
            assertThat(fired).hasSize(110).doesNotHaveDuplicates();
        }
    }

    @Test
    void pollingManyTimersOfOneKeyGroupKeepsTheCacheSmall() {
        RocksDbKeyedStateBackend backend = (RocksDbKeyedStateBackend) backend(1, 0);
        RocksDbTimerQueue queue = backend.createTimerQueue("processing", 16);
        int keyGroup = KeyGroupAssignment.keyGroupFor(Row.of(1L), 128);
        for (int i = 0; i < 2_000; i++) {
            queue.add(10_000 - i, Row.of(1L), i, keyGroup, i);
        }
        assertThat(queue.cachedTimers()).isLessThanOrEqualTo(16);
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < 2_000; i++) {
            long time = queue.poll().time();
            assertThat(time).isGreaterThan(previous);
            previous = time;
            assertThat(queue.cachedTimers()).isLessThanOrEqualTo(16);
        }
        assertThat(queue.poll()).isNull();
    }
}
